/// Given names common in the English-speaking world ("Lisa", "Jennie", "Wendy", "Irene"), from
/// sixty years of American birth registrations: a stage name among them is as likely to be
/// somebody else, and a word among them is a name, not a misspelt one.
public enum WesternGivenNames {
    /// Whether `name`, any capitals or accents, is one of the list.
    public static func contains(_ name: some StringProtocol) -> Bool {
        names.contains(KnownWords.key(name))
    }

    private static let names = Set(GivenNameCounts.byPopularity.split(separator: "\n").map(String.init))
}
