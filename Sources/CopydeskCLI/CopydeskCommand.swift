/// The `copydesk` command line: parses arguments and runs a subcommand.
public enum CopydeskCommand {
    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    public static func main(arguments: [String]) -> Int32 {
        0
    }
}
