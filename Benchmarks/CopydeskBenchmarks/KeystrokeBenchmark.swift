import CopydeskAnalysis
import CopydeskText
import Foundation

/// Time from a keystroke to finished analysis, in process: apply the edit, re-analyse with a warm cache and
/// rebuild the line index, as the server does for each `didChange`.
enum KeystrokeBenchmark {
    struct Result {
        var p50: Double
        var p99: Double
        var max: Double
        var count: Int
    }

    static func run(corpus: Corpus, words: Int, keystrokes: Int) -> Result {
        var text = Array(corpus.draft(words: words).utf8)
        let host = AnalysisHost()
        _ = host.analyze(text, format: .plainText, settings: AnalysisSettings())
        // Type into the middle of the draft, at the end of a paragraph, as a writer revising would.
        let middle = text.count / 2
        var cursor = (text[middle...].firstIndex(of: 0x0A) ?? text.count)
        let typed = Array(" The minister said on Tuesday that “we will see how it goes,” according to aides.".utf8)
        var samples: [Double] = []
        samples.reserveCapacity(keystrokes)
        for index in 0..<keystrokes {
            let byte = typed[index % typed.count]
            let start = DispatchTime.now().uptimeNanoseconds
            text.insert(byte, at: cursor)
            cursor += 1
            let analysis = host.analyze(text, format: .plainText, settings: AnalysisSettings())
            let lines = LineIndex(text)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            precondition(lines.lineCount > 0 && !analysis.paragraphs.isEmpty)
            samples.append(elapsed)
        }
        samples.sort()
        func percentile(_ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
        return Result(p50: percentile(0.50), p99: percentile(0.99), max: samples.last ?? 0, count: samples.count)
    }
}
