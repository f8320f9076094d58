import CopydeskAnalysis
import Dispatch

/// The parallel loop the shells give `AnalysisHost`, so a draft opened or checked cold has its paragraphs read on
/// every core: Dispatch's `concurrentPerform`, which also copes with being called from inside another.
public enum ParallelReading {
    public static let loop: AnalysisHost.ParallelLoop = { count, body in
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}
