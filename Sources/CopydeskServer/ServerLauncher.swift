#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CopydeskRPC

/// Starts the language server on standard input and output.
public enum ServerLauncher {
    /// Runs the server on the process's standard input and output until the client says `exit` or closes the
    /// stream, and returns the exit status.
    ///
    /// Standard output belongs to the protocol: the real descriptor is duplicated for the connection and
    /// descriptor 1 is pointed at standard error, so a stray `print` anywhere in the process (ours or a
    /// library's) lands in the log instead of corrupting a frame. A broken pipe is an error to handle, not a
    /// signal that kills the server.
    public static func run(options: ServerOptions) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let protocolOutput = dup(STDOUT_FILENO)
        guard protocolOutput >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
            ServerLog.write("cannot set up standard output for the protocol (errno \(errno))")
            return 1
        }
        return serve(input: STDIN_FILENO, output: protocolOutput, options: options)
    }

    /// Runs the server over the given descriptors until the client says `exit` or closes `input`, and returns the
    /// exit status: 0 after `shutdown`, 1 without it; 2 when `--record` cannot be honoured.
    public static func serve(input: Int32, output: Int32, options: ServerOptions) -> Int32 {
        var recorder: SessionRecorder?
        if let directory = options.recordDirectory {
            do {
                recorder = try SessionRecorder(directory: directory)
            } catch {
                ServerLog.write("cannot record into \(directory): \(error)")
                return 2
            }
        }
        let connection = JSONRPCConnection(input: input, output: output, recorder: recorder) { ServerLog.write($0) }
        let server = LanguageServer(connection: connection, recorder: recorder)
        connection.run(server)
        server.finish()
        recorder?.finish()
        if let recorder { ServerLog.write("recorded the session in \(recorder.path)") }
        return server.exitStatus
    }
}
