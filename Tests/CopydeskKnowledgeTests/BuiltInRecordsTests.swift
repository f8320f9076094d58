@testable import CopydeskKnowledge
import Testing

/// Checks that hold for every built-in record: provenance, dates, identities and declared name collisions.
struct BuiltInRecordsTests {
    static let records = KnowledgeBase.builtIn.allRecords()

    @Test func everyRecordHasASourceAndAnAsOfDate() {
        for record in Self.records {
            #expect(!record.source.isEmpty, "\(record.id) has no source")
            #expect(ISODate.isValid(record.asOf), "\(record.id) has as-of '\(record.asOf)'")
        }
    }

    @Test func everyOfficeDateIsAnISODate() {
        for record in Self.records {
            for office in record.offices {
                if let since = office.since {
                    #expect(ISODate.isValid(since), "\(record.id): \(office.title) since '\(since)'")
                }
                #expect(office.country != nil || office.organization != nil, "\(record.id): \(office.title) of nothing")
            }
        }
    }

    @Test func identitiesAreUnique() {
        var seen: Set<String> = []
        for record in Self.records {
            #expect(seen.insert(record.id).inserted, "duplicate id \(record.id)")
        }
    }

    @Test func officeCountriesAreKnownCountries() {
        for record in Self.records {
            for office in record.offices {
                if let code = office.country {
                    #expect(KnowledgeBase.builtIn.country(code: code) != nil, "\(record.id): unknown country \(code)")
                }
            }
        }
    }

    @Test func officeOrganizationsAreKnownRecords() {
        for record in Self.records {
            for office in record.offices {
                if let organization = office.organization {
                    let known = KnowledgeBase.builtIn.records(named: organization).contains { $0.kind == .organization }
                    #expect(known, "\(record.id): unknown organization \(organization)")
                }
            }
        }
    }

    /// A surface form naming two records (other than two cities, which population orders) must be listed.
    @Test func aliasesDoNotCollideSilently() {
        var owners: [String: Set<String>] = [:]
        for record in Self.records {
            for form in record.surfaceForms + record.shortNames {
                owners[LookupKey.exact(form), default: []].insert(record.id)
            }
        }
        let collisions = Set(owners.filter { form, ids in
            ids.count > 1 && !ids.allSatisfy { $0.hasPrefix("city:") }
        }.keys)
        var declared: Set<String> = []
        BuiltInRecordData.collisions.withUTF8Buffer { buffer in
            for line in String(decoding: buffer, as: UTF8.self).split(separator: "\n") {
                declared.insert(String(line))
            }
        }
        #expect(collisions.subtracting(declared).sorted() == [], "collisions not listed in collisions.tsv")
        #expect(declared.subtracting(collisions).sorted() == [], "listed collisions that no longer collide")
    }

    @Test func everyPersonHoldingAnOfficeSaysSince() {
        for record in Self.records where record.kind == .person {
            for office in record.offices {
                #expect(office.since != nil, "\(record.id): \(office.title) has no date")
            }
        }
    }

    @Test func coverageReachesTheIssueMinimums() {
        let count = { (predicate: (KnowledgeRecord) -> Bool) in Self.records.filter(predicate).count }
        #expect(count { $0.category == "country" } == 194)  // 193 U.N. members and the Vatican
        #expect(count { $0.category == "state" } == 50)
        #expect(count { $0.category == "city" } > 5_000)
        #expect(count { $0.kind == .person && !$0.offices.isEmpty } > 120)
        #expect(count { $0.kind == .organization && $0.acronym != nil } > 40)
    }

    /// Heads of state or government of the G20 members and the permanent members of the Security Council.
    @Test(arguments: ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "MX", "RU", "SA", "ZA", "KR",
        "TR", "GB", "US"])
    func g20CountriesHaveAHead(code: String) {
        let heads = Self.records.filter { record in
            record.offices.contains { $0.country == code }
        }
        #expect(!heads.isEmpty, "no office holder for \(code)")
    }
}
