import CopydeskAnalysis
import CopydeskWorkspace
import Foundation

/// Whole-draft analysis speed with a cold paragraph cache, as `copydesk check` sees a new file.
enum ThroughputBenchmark {
    struct Result {
        var megabytes: Double
        var runs: Int
        var bestMilliseconds: Double
        var megabytesPerSecond: Double { megabytes / (bestMilliseconds / 1000) }
    }

    /// With `parallel`, the host reads paragraphs on every core, as the CLI and the server do.
    static func run(corpus: Corpus, bytes: Int = 4 << 20, runs: Int = 5, parallel: Bool = false) -> Result {
        let draft = Array(corpus.draft(bytes: bytes).utf8)
        var best = Double.infinity
        for _ in 0..<runs {
            let host = parallel ? AnalysisHost(parallelLoop: ParallelReading.loop) : AnalysisHost()
            let start = DispatchTime.now().uptimeNanoseconds
            let analysis = host.analyze(draft, format: .plainText, settings: AnalysisSettings())
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            precondition(!analysis.paragraphs.isEmpty)
            best = min(best, elapsed)
        }
        return Result(megabytes: Double(draft.count) / 1_048_576, runs: runs, bestMilliseconds: best)
    }
}
