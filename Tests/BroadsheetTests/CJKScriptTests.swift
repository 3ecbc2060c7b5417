import BroadsheetComposer
import BroadsheetDocument
import BroadsheetFormats
import BroadsheetText
import Testing

/// The one definition of CJK-ness on real characters of each script, and the places that ask it
/// agreeing with it.
@Suite("CJKScript: what is CJK")
struct CJKScriptTests {
    @Test(arguments: [
        // 中, 國, 㐀 (extension A), 𠮷 (extension B), 郎 (compatibility), ⺮ (radical)
        ("中國㐀𠮷郎⺮", CJKScript.han),
        // hiragana, katakana, the prolonged sound mark, a small katakana extension, a hentaigana
        ("あアーㇰ𛀁", .kana),
        ("ㄅㄆㆠ", .bopomofo),
        // a syllable, a leading jamo, a compatibility jamo
        ("한ᄀㄱ", .hangul),
        // CJK punctuation, the ideographic space, full-width quotes, dash and ellipsis, vertical forms
        ("。、「」《》　“”‘’—…︒﹁", .punctuation),
        // full-width Latin and punctuation, half-width katakana
        ("ＡＢ１，！ｶ", .widthForm),
    ])
    func scriptsOfRealCharacters(text: String, script: CJKScript) {
        for character in text {
            #expect(character.cjkScript == script, "\(character)")
            #expect(character.isCJK, "\(character)")
        }
    }

    @Test func otherScriptsAreNotCJK() {
        // Latin, Vietnamese, digits, Cyrillic, Greek, Arabic, Thai, Devanagari, Yi, the middle dot,
        // the en dash, an emoji
        for character in "Aé3Яαاกकꀀ·–😀" {
            #expect(character.cjkScript == nil, "\(character)")
        }
    }

    @Test func aCharacterGoesByItsBase() {
        // か with a combining voiced sound mark, as one decomposed character.
        #expect(Character("\u{304B}\u{3099}").cjkScript == .kana)
    }

    @Test func theComposerSetsCJKLettersAsIdeographs() {
        for character in "中國𠮷あアㄅ한ＡｶＡ" {
            #expect(CharacterClass(character) == .ideograph, "\(character)")
        }
        for character in "Aé3Яα" {
            #expect(CharacterClass(character) == .latin, "\(character)")
        }
    }

    @Test func storyLinesJoinWithoutASpaceWhereEitherSideIsCJK() throws {
        let story = try StoryParser.parse("""
            ---
            headline: 标题
            ---
            他说：“
            OK”，然后
            离开了
            and
            then
            한국
            """, file: "story.md")
        #expect(story.body == [.paragraph("他说：“OK”，然后离开了and then한국")])
    }

    @Test func verticalRunsTurnLatinOfEveryScriptAndKeepCJKUpright() {
        #expect(VerticalRun.split("越南Việt Nam") == [
            VerticalRun(text: "越南", orientation: .upright), VerticalRun(text: "Việt Nam", orientation: .rotated),
        ])
        #expect(VerticalRun.split("ＡＢ한국") == [VerticalRun(text: "ＡＢ한국", orientation: .upright)])
    }
}
