import CopydeskKnowledge
import Testing

struct KnowledgeBaseTests {
    @Test func builtInKnowledgeHasARevision() {
        #expect(KnowledgeBase.builtIn.revision >= 0)
    }
}
