/// The abbreviations that decide whether a period ends a sentence, as data.
///
/// Each set holds the abbreviation without its final period, in its usual capitalisation.
public enum Abbreviations {
    /// Titles and honorifics that are always followed by a name: a period after them never ends a sentence.
    public static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Fr", "Sr", "Jr", "Hon", "Msgr", "Gov", "Sen", "Rep", "Reps", "Sens",
        "Pres", "Amb", "Atty", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Cmdt",
        "Supt", "Det", "Insp", "Insp", "Const", "Gov", "Lieut", "Messrs", "Mme", "Mlle", "St", "Ste", "Mt", "Ft", "Sec",
        "Secs", "Asst", "Assoc", "Dept",
    ]

    /// Month abbreviations in news style; followed by a day number they never end a sentence.
    public static let months: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// Abbreviations that usually sit inside a sentence but can end one (`Apple Inc.`, `in the U.S.`).
    public static let ambiguous: Set<String> = [
        "Inc", "Co", "Corp", "Ltd", "Bros", "Plc", "LLC", "etc", "vs", "v", "No", "Nos", "Vol", "Vols", "Fig", "approx",
        "est", "Ave", "Blvd", "Rd", "Hwy", "Ch", "Art", "Para", "ed", "eds", "Univ", "Mass", "Calif", "Ariz", "Ark", "Colo",
        "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
        "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt", "Wash", "Wis", "Wyo", "Ala",
    ]

    /// Words that commonly open a sentence, used to decide that a period after an ambiguous abbreviation ends one.
    public static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "For", "From", "With", "By", "As", "After", "Before", "When", "While", "If", "Although", "Though", "Because",
        "Since", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Your",
        "Some", "Many", "Most", "Much", "More", "Few", "All", "Both", "Each", "Every", "No", "None", "Other", "Others",
        "One", "Two", "Three", "What", "Why", "How", "Who", "Where", "Which", "Still", "However", "Meanwhile", "Also",
        "Then", "Now", "Later", "Earlier", "Last", "Next", "Such", "Under", "Over", "During", "Despite", "According",
    ]
}
