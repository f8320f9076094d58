import CopydeskAnalysis
import CopydeskKnowledge
import CopydeskProtocol
import Dispatch
import Synchronization

/// The serial queue all work on one open document runs on, and the latest analysis of that document.
///
/// Hover, code actions and pulled diagnostics on an unchanged document share one analysis; a new version, new
/// settings or new knowledge (an edited entity file) make a new one. Because work on a document is serial, the
/// analysis is never computed twice at once.
final class DocumentWorker: Sendable {
    /// An analysis and the inputs it was made from.
    struct Result: Sendable {
        /// The revision of the snapshot analysed.
        let revision: Int
        let settings: AnalysisSettings
        /// The revision of the knowledge the analysis used.
        let knowledgeRevision: Int
        let analysis: DraftAnalysis
        /// Identifies this analysis for pulled diagnostics' `resultId`: the same id means the same diagnostics.
        let resultID: String
    }

    let queue: DispatchQueue
    private let latest = Mutex<Result?>(nil)
    private let serial = Mutex(0)
    /// The version and diagnostics last pushed, so an unchanged result is not sent twice.
    private let published = Mutex<(version: Int, diagnostics: [Diagnostic])?>(nil)

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    /// The analysis of `snapshot` with `settings` and `knowledge`, reused when none changed since the last call.
    func analysis(of snapshot: DocumentSnapshot, settings: AnalysisSettings, knowledge: KnowledgeBase, host: AnalysisHost) -> Result {
        if let cached = latest.withLock({ $0 }), cached.revision == snapshot.revision, cached.settings == settings,
            cached.knowledgeRevision == knowledge.revision
        {
            return cached
        }
        let analysis = host.analyze(snapshot.text, format: snapshot.format, settings: settings, knowledge: knowledge)
        let number = serial.withLock { serial -> Int in
            serial += 1
            return serial
        }
        let result = Result(
            revision: snapshot.revision, settings: settings, knowledgeRevision: knowledge.revision, analysis: analysis,
            resultID: "\(snapshot.revision).\(number)"
        )
        latest.withLock { $0 = result }
        return result
    }

    /// Records diagnostics about to be pushed; false when exactly these were already pushed for this version.
    func shouldPublish(_ diagnostics: [Diagnostic], version: Int) -> Bool {
        published.withLock { published in
            if let last = published, last.version == version, last.diagnostics == diagnostics { return false }
            published = (version, diagnostics)
            return true
        }
    }
}
