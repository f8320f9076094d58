import CopydeskServer
import Testing

struct ServerOptionsTests {
    @Test func recordsNothingUnlessAsked() {
        #expect(ServerOptions().recordDirectory == nil)
        #expect(ServerOptions(recordDirectory: "/tmp/x").recordDirectory == "/tmp/x")
    }
}
