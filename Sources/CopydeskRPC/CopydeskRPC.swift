// The CopydeskRPC module; see Package.swift for what it may import.
