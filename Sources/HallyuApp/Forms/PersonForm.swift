import Foundation
import HallyuCore
import Vapor

/// The person form of the newsroom's pages: the fields it shows (`fields`), what they hold as
/// typed, and the person they make (through `PersonInput`, so pages and API check alike).
struct PersonForm: Content {
    var name: String?
    var nativeName: String?
    /// Other spellings, one per line.
    var aliases: String?
    /// `YYYY-MM-DD`, or empty.
    var birthDate: String?
    var birthplace: String?
    /// Separated by commas.
    var occupations: String?
    /// The agency's slug, or empty.
    var agency: String?
    var bio: String?
    /// Editing only: a new slug (the old one redirects).
    var slug: String?
    var _csrf: String?

    init() {}

    init(_ person: Person) {
        name = person.name
        nativeName = person.nativeName
        aliases = person.aliases.joined(separator: "\n")
        birthDate = person.birthDate?.description
        birthplace = person.birthplace
        occupations = person.occupations.joined(separator: ", ")
        agency = person.agency?.slug
        bio = person.bio
        slug = person.slug
    }

    /// The person to store, or what to fix.
    func person() -> Result<Person, Abort> {
        PersonInput(
            name: name, nativeName: nativeName, aliases: EntryForms.lines(aliases), birthDate: birthDate,
            birthplace: birthplace, occupations: EntryForms.list(occupations), agency: agency, bio: bio, slug: slug
        ).person()
    }

    /// The form's fields in the order the page shows them, holding what was typed.
    func fields(isNew: Bool) -> [NewsroomFormField] {
        EntryForms.withSlugField(
            [
                .init(
                    name: "name", label: "Name, as readers know it", value: name ?? "", placeholder: "Han So-hee",
                    maxLength: PersonInput.nameLimit, required: true),
                .init(name: "nativeName", label: "Name in Hangul", value: nativeName ?? "", placeholder: "한소희", lang: "ko"),
                .init(
                    name: "aliases", label: "Other spellings and names", hint: "one per line; the usual romanizations are known already",
                    value: aliases ?? "", type: "textarea"),
                .init(
                    name: "birthDate", label: "Born", hint: "YYYY-MM-DD", value: birthDate ?? "", placeholder: "1994-11-18",
                    pattern: #"\d{4}-\d{2}-\d{2}"#),
                .init(
                    name: "birthplace", label: "Birthplace", hint: "a city, and its country outside Korea", value: birthplace ?? "",
                    placeholder: "Ulsan", maxLength: PersonInput.birthplaceLimit),
                .init(
                    name: "occupations", label: "Occupations", hint: "separated by commas", value: occupations ?? "",
                    placeholder: "actor, singer"),
                .init(name: "agency", label: "Agency", hint: "its slug, such as 9ato-entertainment", value: agency ?? ""),
                .init(name: "bio", label: "Biography", value: bio ?? "", type: "textarea", maxLength: PersonInput.bioLimit),
            ], slug: slug, isNew: isNew)
    }
}

/// A person as the API sends one; every field optional, so an edit sends only what changes.
struct PersonInput: Content {
    var name: String?
    var nativeName: String?
    var aliases: [String]?
    var birthDate: String?
    var birthplace: String?
    var occupations: [String]?
    var agency: String?
    var bio: String?
    var slug: String?

    static let nameLimit = 200
    static let birthplaceLimit = 200
    static let bioLimit = 5000

    /// This input laid over `person` (what an edit did not send stays as it was).
    func over(_ person: Person) -> PersonInput {
        PersonInput(
            name: name ?? person.name, nativeName: nativeName ?? person.nativeName, aliases: aliases ?? person.aliases,
            birthDate: birthDate ?? person.birthDate?.description, birthplace: birthplace ?? person.birthplace,
            occupations: occupations ?? person.occupations, agency: agency ?? person.agency?.slug, bio: bio ?? person.bio,
            slug: slug ?? person.slug)
    }

    func person() -> Result<Person, Abort> {
        func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let name = clean(name)
        if name.isEmpty { return .failure(Abort(.badRequest, reason: "Give the person's name as readers know it.")) }
        if name.count > Self.nameLimit { return .failure(Abort(.badRequest, reason: "The name may be at most 200 characters.")) }
        if clean(birthplace).count > Self.birthplaceLimit {
            return .failure(Abort(.badRequest, reason: "The birthplace may be at most 200 characters."))
        }
        var birth: CalendarDate?
        if !clean(birthDate).isEmpty {
            guard let date = CalendarDate(clean(birthDate)) else {
                return .failure(Abort(.badRequest, reason: "Write the birth date as YYYY-MM-DD, such as 1994-11-18."))
            }
            birth = date
        }
        let slug = clean(slug)
        if !slug.isEmpty && !Slug.isValid(slug) {
            return .failure(Abort(.badRequest, reason: "\"\(slug)\" is not a slug: lowercase ASCII words joined by hyphens."))
        }
        if clean(bio).count > Self.bioLimit { return .failure(Abort(.badRequest, reason: "The biography may be at most 5,000 characters.")) }
        if (aliases ?? []).count > 50 { return .failure(Abort(.badRequest, reason: "A person may have at most 50 other spellings.")) }
        let agencySlug = clean(agency)
        return .success(
            Person(
                id: "", slug: slug, name: name, nativeName: clean(nativeName).isEmpty ? nil : clean(nativeName),
                aliases: (aliases ?? []).map { clean($0) }.filter { !$0.isEmpty }, birthDate: birth,
                birthplace: clean(birthplace).isEmpty ? nil : clean(birthplace),
                occupations: (occupations ?? []).map { clean($0) }.filter { !$0.isEmpty },
                agency: agencySlug.isEmpty ? nil : EntityRef(kind: .organization, slug: agencySlug, name: agencySlug),
                bio: clean(bio)))
    }
}
