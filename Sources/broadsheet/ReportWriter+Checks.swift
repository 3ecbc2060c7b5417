import BroadsheetLayout

extension ReportWriter {
    static func object(_ flag: LineFlag) -> [String: Any] {
        ["block": flag.block, "rect_pt": flag.rect, "reasons": flag.reasons.map(\.rawValue), "gap_adjustment_em": flag.gapAdjustment]
    }

    static func object(_ image: ImageResolution) -> [String: Any] {
        ["path": image.path, "rect_pt": image.rect, "ppi": image.pixelsPerInch, "low_resolution": image.isLow]
    }
}
