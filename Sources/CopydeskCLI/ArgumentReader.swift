/// Reads a subcommand's arguments: `--flag`, `--option value`, `--option=value`, positionals and `--`.
public struct ArgumentReader {
    private var remaining: [String]
    /// The positional arguments, in order, once options are read.
    public private(set) var positionals: [String] = []
    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Reads `arguments`, knowing which options take a value; anything else starting with `-` must be a known flag.
    public init(_ arguments: [String], options optionNames: Set<String>, flags flagNames: Set<String>) throws(UsageError) {
        remaining = arguments
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if optionNames.contains(name) {
                if let inlineValue {
                    options[name, default: []].append(inlineValue)
                } else {
                    guard index < arguments.count else { throw UsageError("option \(name) needs a value") }
                    options[name, default: []].append(arguments[index])
                    index += 1
                }
            } else if flagNames.contains(name), inlineValue == nil {
                flags.insert(name)
            } else {
                throw UsageError("unknown option \(argument)")
            }
        }
    }

    /// The last value given for `name`, if any.
    public func value(_ name: String) -> String? {
        options[name]?.last
    }

    /// Every value given for `name`, in order.
    public func values(_ name: String) -> [String] {
        options[name] ?? []
    }

    /// Whether flag `name` was given.
    public func has(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// The value of `name`, which must be one of `allowed`, or `defaultValue` when absent.
    public func choice(_ name: String, in allowed: [String], default defaultValue: String) throws(UsageError) -> String {
        guard let value = value(name) else { return defaultValue }
        guard allowed.contains(value) else {
            throw UsageError("\(name) must be one of \(allowed.joined(separator: ", ")), not '\(value)'")
        }
        return value
    }
}
