import CopydeskKnowledge
import Foundation

/// Times the built-in knowledge's lazy loading: each table is parsed on its first lookup, so the first lookup of
/// each kind in a fresh process pays for it. Must run before anything else in the process touches knowledge.
enum KnowledgeLoadBenchmark {
    struct Result {
        /// Wall-clock milliseconds of the first record lookup, and the thread's CPU milliseconds for it (steadier
        /// on a busy machine).
        var records: Double
        var recordsCPU: Double
        var firstNames: Double
        var surnames: Double
        var warmLookupMicroseconds: Double
        var recordCount: Int
    }

    static func run() -> Result {
        let knowledge = KnowledgeBase.builtIn
        let cpuStart = threadCPUMilliseconds()
        let records = milliseconds { _ = knowledge.records(named: "Tianjin") }
        let recordsCPU = threadCPUMilliseconds() - cpuStart
        let firstNames = milliseconds { _ = knowledge.isFirstName("Glenn") }
        let surnames = milliseconds { _ = knowledge.isSurname("Campbell") }
        let names = ["Putin", "Tianjin", "Springfield", "SCO", "Kyiv", "Nobody", "Britain", "Glenn", "Campbell"]
        let rounds = 20_000
        var found = 0
        let warm = milliseconds {
            for round in 0..<rounds {
                let name = names[round % names.count]
                found &+= knowledge.records(named: name).count
                found &+= knowledge.isSurname(name) ? 1 : 0
            }
        }
        precondition(found > 0)
        return Result(
            records: records, recordsCPU: recordsCPU, firstNames: firstNames, surnames: surnames,
            warmLookupMicroseconds: warm * 1_000 / Double(rounds), recordCount: knowledge.allRecords().count
        )
    }

    private static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
    }

    private static func milliseconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}
