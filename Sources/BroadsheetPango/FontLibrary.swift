import BroadsheetFiles
import BroadsheetText
import CPangoCairo
import Foundation

/// The fonts Broadsheet may use: a private fontconfig configuration built from `Fonts/fonts.conf`
/// (with its cache in a writable cache folder) and one Pango context on it, laid out at 72 dpi with
/// hinting and glyph-position rounding off, so that shaped advances are exact points on every surface.
/// Pango and fontconfig objects are not thread-safe: every use of the library's, by its shapers and
/// its checks, takes the library's lock (`exclusively`), so that threads laying out pages side by side
/// share one library.
public final class FontLibrary: @unchecked Sendable {
    public let roles: FontRoleMap
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private let lock = NSLock()

    /// Runs `body`, which uses the library's Pango or fontconfig objects, while no other thread does.
    func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        try lock.withLock(body)
    }

    /// - Parameters:
    ///   - roles: the role map of `Fonts/roles.yaml`.
    ///   - cacheDirectory: where fontconfig keeps its cache of the font folders.
    public init(roles: FontRoleMap, cacheDirectory: String) throws {
        self.roles = roles
        guard let confData = FileManager.default.contents(atPath: roles.fontconfigFile),
              let confText = String(data: confData, encoding: .utf8) else {
            throw FileError(file: roles.fontconfigFile, "fontconfig file not found or not UTF-8")
        }
        try? FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        let additions = "<cachedir>\(Self.xmlEscaped(cacheDirectory))</cachedir>\n\(Self.roleFacesOnly(roles))</fontconfig>"
        let xml = confText.replacingOccurrences(of: "</fontconfig>", with: additions)
        guard let config = FcConfigCreate() else { throw ShapingError("fontconfig could not create a configuration") }
        let parsed = xml.withCString { text in
            text.withMemoryRebound(to: FcChar8.self, capacity: xml.utf8.count + 1) {
                FcConfigParseAndLoadFromMemory(config, $0, 1)
            }
        }
        guard parsed != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            throw FileError(file: roles.fontconfigFile, "fontconfig rejected this configuration")
        }
        // Pango's font map starts by loading fontconfig's default configuration (FcInit: every font on
        // the machine, 29 M instructions) unless a current one is set; this one is what it will use.
        FcConfigSetCurrent(config)
        fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
        pango_fc_font_map_set_config(broadsheet_fc_font_map(fontMap), config)
        FcConfigDestroy(config)
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        context = Self.makeContext(on: fontMap)
    }

    /// A new context on `fontMap` with hinting and glyph-position rounding off. A shaper that changes
    /// context settings (such as gravity, for vertical text) makes its own; the caller unrefs it.
    static func makeContext(on fontMap: UnsafeMutablePointer<PangoFontMap>) -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        return context
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// A fontconfig rule that admits only the faces the role map names (family and weight). Pango
    /// sorts every face against each new font description to build its fallback list, merging their
    /// character sets: over the 86 faces of the font folders that was a tenth of a page's instructions.
    /// The faces left still cover every script the roles do, so fallback finds what it found before.
    private static func roleFacesOnly(_ roles: FontRoleMap) -> String {
        var faces: Set<String> = []
        for role in roles.roles.values {
            let weight = FcWeightFromOpenType(Int32(role.weight))
            for family in role.families.values {
                faces.insert("<acceptfont><pattern><patelt name=\"family\"><string>\(xmlEscaped(family))</string></patelt>"
                             + "<patelt name=\"weight\"><int>\(weight)</int></patelt></pattern></acceptfont>")
            }
        }
        return "<selectfont><rejectfont><pattern/></rejectfont>\n" + faces.sorted().joined(separator: "\n") + "\n</selectfont>\n"
    }

    private static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// The one size every text is shaped at; `points(_:at:)` scales what Pango gives to the style's size.
    /// Pango keys its fonts and fallback lists by size, and builds each list by sorting the faces and
    /// merging their character sets: shaping every headline size make-up tries at its own size sorted
    /// them again for each (11 % of an edition's instructions). Without hinting, HarfBuzz's positions are
    /// the font's units times a scale, so one size serves all; at 1,000 pt that scale is 1,024,000 Pango
    /// units an em, a whole multiple of every common units-per-em (1000, 1024, 2048, 2000, 4096), so the
    /// positions are the font's own units, exact at any size.
    static let shapingSize = 1000.0

    /// Points at `size` of a length Pango gives in its units for text shaped at `shapingSize`.
    static func points(_ pangoUnits: Int32, at size: Double) -> Double {
        Double(pangoUnits) * size / (shapingSize * Double(PANGO_SCALE))
    }

    /// A Pango font description for a style at `shapingSize`; fails for a role the map does not define.
    func fontDescription(for style: TextStyle) throws -> (OpaquePointer, family: String) {
        guard let role = roles.roles[style.role] else {
            throw ShapingError("unknown font role '\(style.role)' (roles in Fonts/roles.yaml: \(roles.roles.keys.sorted().joined(separator: ", ")))")
        }
        guard let family = role.family(for: style.language) else {
            throw ShapingError("font role '\(style.role)' names no family for \(style.language.rawValue)")
        }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, family)
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(role.weight)))
        pango_font_description_set_absolute_size(description, Self.shapingSize * Double(PANGO_SCALE))
        return (description, family)
    }

    /// Checks that every role resolves to its own face for `language`, naming any that falls back.
    public func verifyRoles(language: LanguageTag) throws {
        try exclusively { try verifyRolesExclusively(language: language) }
    }

    private func verifyRolesExclusively(language: LanguageTag) throws {
        for name in roles.roles.keys.sorted() {
            let (description, family) = try fontDescription(for: TextStyle(role: name, size: 10, language: language))
            defer { pango_font_description_free(description) }
            guard let font = pango_font_map_load_font(fontMap, context, description) else {
                throw ShapingError("font role '\(name)': no face at all for family '\(family)'")
            }
            defer { g_object_unref(UnsafeMutableRawPointer(font)) }
            let face = FontFaceReader.face(of: font)
            let weight = roles.roles[name]!.weight
            guard face != nil, FontFaceReader.families(of: font).contains(family),
                  abs(FontFaceReader.weight(of: font) - weight) <= 50 else {
                throw ShapingError("font role '\(name)' asks for '\(family)' weight \(weight), which is not installed (got \(face?.description ?? "nothing")); install fonts-noto-cjk, fonts-noto-cjk-extra and fonts-lxgw-wenkai")
            }
        }
    }
}
