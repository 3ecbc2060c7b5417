import BroadsheetComposer
import BroadsheetDocument
import BroadsheetText

/// The language and composition settings a piece of text is set with: the story's over the page's
/// over the language's defaults — except that on a grid with column rules marks do not hang unless the
/// page or story asks: a hung mark's ink would touch the rule (issue 12, ink within 1 pt of a rule).
struct Composition {
    let language: LanguageTag
    let settings: CompositionSettings

    init(page: PageSpec, story: Story? = nil) {
        language = story?.language ?? page.language
        var asked = (story?.composition ?? CompositionSettings()).over(page.composition)
        if page.grid.columnRules && asked.hangingPunctuation == nil { asked.hangingPunctuation = false }
        settings = asked.over(language.defaultComposition)
    }

    func style(_ role: String, _ size: Double) -> TextStyle {
        TextStyle(role: role, size: size, language: language)
    }

    /// Options for running text at `size`: justified, a paragraph's first line indented as its language
    /// indents it, a paragraph continued from the column or page before not indented.
    func body(size: Double, indented: Bool = true) -> LineComposer.Options {
        options(.justified, indent: indented ? language.paragraphIndent * size : 0, hanging: settings.hangingPunctuation ?? false)
    }

    func options(_ alignment: LineComposer.Alignment, indent: Double = 0, hanging: Bool = false) -> LineComposer.Options {
        LineComposer.Options(alignment: alignment, firstLineIndent: indent,
                             // Korean sets no extra space between Hangul and Latin or digits.
                             cjkLatinSpacing: language == .korean ? 0 : 0.25,
                             punctuation: settings.punctuation ?? .quanjiao, kinsoku: settings.kinsoku ?? .basic,
                             language: language, avoidsLoneCharacter: language.avoidsLoneLastCharacter,
                             hangingPunctuation: hanging, koreanBreaking: settings.koreanBreaking ?? .automatic)
    }
}
