// Prints Copydesk's speed and memory figures. Not a test: figures vary by machine; targets are in README.md.
//
// Usage: swift run -c release CopydeskBenchmarks [--corpus DIR] [--server PATH] [--only NAME,...]
//   --only NAMES   run only these: knowledge, throughput, keystroke, initialize (for profiling one of them)
//   --corpus DIR   folder of .txt news copy to build drafts from (default ../shared/perf, else Examples/)
//   --server PATH  the copydesk binary whose `serve` is timed (default .build/release/copydesk)
import Foundation

// A server that exits early must not kill the benchmark with SIGPIPE.
signal(SIGPIPE, SIG_IGN)

let options = BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
// First, while nothing has touched the built-in knowledge: its lazy parse on first lookup.
let knowledgeLoad = options.runs("knowledge") ? KnowledgeLoadBenchmark.run() : nil
let corpus = Corpus.load(from: options.corpusDirectory)
print("Copydesk benchmarks — corpus: \(corpus.source) (\(corpus.paragraphs.count) paragraphs)")

if let knowledgeLoad {
    print(String(format: "knowledge first lookup: records %.1f ms (%.1f ms CPU, %d records), given names %.2f ms, "
    + "surnames %.2f ms; warm lookup %.2f µs", knowledgeLoad.records, knowledgeLoad.recordsCPU, knowledgeLoad.recordCount, knowledgeLoad.firstNames,
    knowledgeLoad.surnames, knowledgeLoad.warmLookupMicroseconds))
}

if options.runs("throughput") {
    let throughput = ThroughputBenchmark.run(corpus: corpus)
    print(String(format: "analysis throughput: %.1f MB/s (%.2f MB draft, best of %d runs, %.1f ms)",
        throughput.megabytesPerSecond, throughput.megabytes, throughput.runs, throughput.bestMilliseconds))
    let parallel = ThroughputBenchmark.run(corpus: corpus, parallel: true)
    print(String(format: "analysis throughput, paragraphs read on %d cores: %.1f MB/s (best of %d runs, %.1f ms)",
        ProcessInfo.processInfo.activeProcessorCount, parallel.megabytesPerSecond, parallel.runs, parallel.bestMilliseconds))
}

for words in [2_000, 50_000] where options.runs("keystroke") {
    let latency = KeystrokeBenchmark.run(corpus: corpus, words: words, keystrokes: words > 10_000 ? 300 : 1_000)
    print(String(format: "keystroke latency at %d words: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d keystrokes)",
        words, latency.p50, latency.p99, latency.max, latency.count))
}

if !options.runs("initialize") {
    // Not asked for.
} else if let initialize = InitializeBenchmark.run(serverPath: options.serverPath) {
    print(String(format: "initialize: median %.1f ms, worst %.1f ms over %d launches (process start to reply)",
        initialize.median, initialize.worst, initialize.launches))
} else {
    print("initialize: not measured (no server at \(options.serverPath); build with `swift build -c release`)")
}
print(String(format: "peak memory (this process): %.1f MB", PeakMemory.megabytes()))
