/// One field of a newsroom form, as `admin/form-fields.leaf` writes it. The person, title and
/// organization forms are lists of these (`PersonForm.fields`, `EntryForms`), so a new field is
/// one line in its form's list; the browser's checks (`pattern`, `maxLength`, `required`) only
/// help, the server checks every value again.
struct NewsroomFormField: Encodable, Sendable {
    var name: String
    var label: String
    var hint: String = ""
    var value: String
    /// `text`, `textarea` or `select`.
    var type: String = "text"
    var options: [String] = []
    var placeholder: String = ""
    var pattern: String = ""
    /// The language of what is typed (`ko` for names in Hangul), for fonts and spelling.
    var lang: String = ""
    /// 0 for no limit.
    var maxLength: Int = 0
    var required: Bool = false
}
