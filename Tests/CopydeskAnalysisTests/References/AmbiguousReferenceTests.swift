import CopydeskAnalysis
import CopydeskTestSupport
import Testing

/// `ambiguous-reference`: a description that fits two people in play.
struct AmbiguousReferenceTests {
    static let rule = "ambiguous-reference"

    @Test func twoPresidentsAndThePresidentIsAmbiguous() {
        assertFindings(Self.rule, """
            Leaders meet at the border

            Estonian President Ana Ruiz met Latvian President Tomas Berg on Monday at a border crossing south of the lake.

            1️⃣The president said the talks had gone well.
            """, [FindingExpectation("1️⃣", "“The president” could mean Tomas Berg or Ana Ruiz; name the one you mean")])
    }

    @Test func oneFittingPersonIsNotAmbiguous() {
        assertFindings(Self.rule, """
            Leader visits the port

            Estonian President Ana Ruiz toured the port on Monday with Tomas Berg, the harbor master, and a dozen aides.

            The president said the port would be expanded.
            """, [])
    }
}
