import CopydeskCLI

CommandLine.exitWithStatus(of: CopydeskCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
