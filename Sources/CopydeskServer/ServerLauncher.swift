/// Starts the language server on standard input and output.
///
/// Placeholder until the server lands: it reports that serving is not available yet.
public enum ServerLauncher {
    /// Runs the server until the client says `exit` (or closes the stream) and returns the exit status.
    public static func run(options: ServerOptions) -> Int32 {
        1
    }
}
