import BroadsheetFrame
import CQPDF
import Foundation

/// A PDF opened with libqpdf's C API: the object-handle and stream functions the press step uses.
/// Every libqpdf error becomes a `RenderError` naming the file.
final class QPDFDocument {
    typealias Object = qpdf_oh

    private var handle: qpdf_data?
    let file: String
    private let bytes: UnsafeMutableRawBufferPointer

    /// Reads a PDF from memory; `file` names it in errors. libqpdf reads the bytes in place, so the
    /// document keeps its own copy of them until it is gone.
    init(reading data: Data, file: String) throws {
        handle = qpdf_init()
        qpdf_silence_errors(handle)
        self.file = file
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 1)
        data.copyBytes(to: bytes.bindMemory(to: UInt8.self))
        _ = qpdf_read_memory(handle, file, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(data.count), nil)
        try check("cannot read the PDF")
    }

    deinit {
        qpdf_cleanup(&handle)
        bytes.deallocate()
    }

    /// Throws the pending libqpdf error, if any.
    func check(_ context: String) throws {
        guard qpdf_has_error(handle) != 0, let error = qpdf_get_error(handle) else { return }
        throw RenderError(file: file, "\(context): \(String(cString: qpdf_get_error_full_text(handle, error)))")
    }

    var root: Object { qpdf_get_root(handle) }
    var trailer: Object { qpdf_get_trailer(handle) }

    func pages() throws -> [Object] {
        let count = qpdf_get_num_pages(handle)
        try check("cannot read the page tree")
        return (0..<max(0, count)).map { qpdf_get_page_n(handle, Int($0)) }
    }

    // MARK: Objects

    /// An object from PDF syntax, e.g. `<< /Type /ExtGState /OP true >>`.
    func parse(_ text: String) throws -> Object {
        let object = qpdf_oh_parse(handle, text)
        try check("cannot make the object \(text)")
        return object
    }

    func name(_ value: String) -> Object { qpdf_oh_new_name(handle, "/" + value) }
    func text(_ value: String) -> Object { qpdf_oh_new_unicode_string(handle, value) }
    func rectangle(_ values: [Double]) -> Object {
        let array = qpdf_oh_new_array(handle)
        for value in values { qpdf_oh_append_item(handle, array, qpdf_oh_new_real_from_double(handle, value, 4)) }
        return array
    }

    func indirect(_ object: Object) -> Object { qpdf_make_indirect_object(handle, object) }

    /// A dictionary, or a stream's dictionary.
    private func entries(_ object: Object) -> Object {
        qpdf_oh_is_stream(handle, object) != 0 ? qpdf_oh_get_dict(handle, object) : object
    }

    /// The value of `/key` in a dictionary or a stream's dictionary; nil when absent.
    func value(_ object: Object, _ key: String) -> Object? {
        let value = qpdf_oh_get_key(handle, entries(object), "/" + key)
        return qpdf_oh_is_null(handle, value) != 0 ? nil : value
    }

    func set(_ object: Object, _ key: String, _ value: Object) {
        qpdf_oh_replace_key(handle, entries(object), "/" + key, value)
    }

    func remove(_ object: Object, _ key: String) {
        qpdf_oh_remove_key(handle, entries(object), "/" + key)
    }

    /// A dictionary's keys, without their slashes.
    func keys(_ object: Object) -> [String] {
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(handle, object)
        while qpdf_oh_dict_more_keys(handle) != 0 {
            keys.append(String(String(cString: qpdf_oh_dict_next_key(handle)).dropFirst()))
        }
        return keys
    }

    func isName(_ object: Object, _ name: String) -> Bool { qpdf_oh_is_name_and_equals(handle, object, "/" + name) != 0 }
    func integer(_ object: Object) -> Int { Int(qpdf_oh_get_int_value(handle, object)) }
    func number(_ object: Object) -> Double { qpdf_oh_get_numeric_value(handle, object) }
    func bool(_ object: Object) -> Bool { qpdf_oh_get_bool_value(handle, object) != 0 }

    func append(_ item: Object, to array: Object) {
        qpdf_oh_append_item(handle, array, item)
    }
    func objectID(_ object: Object) -> Int { Int(qpdf_oh_get_object_id(handle, object)) }

    /// The dictionary under `key`, made (as a direct object) when absent.
    func dictionary(_ object: Object, _ key: String) -> Object {
        if let existing = value(object, key) { return existing }
        let created = qpdf_oh_new_dictionary(handle)
        set(object, key, created)
        return created
    }

    // MARK: Streams

    /// A stream's data with its general-purpose filters (Flate, LZW, …) decoded.
    func streamData(_ stream: Object) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        var filtered: QPDF_BOOL = 0
        _ = qpdf_oh_get_stream_data(handle, stream, qpdf_dl_generalized, &filtered, &buffer, &length)
        try check("cannot decode stream \(objectID(stream))")
        defer { free(buffer) }
        guard filtered != 0 else { throw RenderError(file: file, "stream \(objectID(stream)) uses a filter Broadsheet cannot decode") }
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    /// A page's content streams, concatenated and decoded.
    func pageContent(_ page: Object) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        _ = qpdf_oh_get_page_content_data(handle, page, &buffer, &length)
        try check("cannot read a page's content")
        defer { free(buffer) }
        return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    }

    /// Replaces a stream's data by unfiltered bytes (compressed when the file is written).
    func replaceData(_ stream: Object, with bytes: [UInt8]) throws {
        let null = qpdf_oh_new_null(handle)
        bytes.withUnsafeBufferPointer { qpdf_oh_replace_stream_data(handle, stream, $0.baseAddress, $0.count, null, null) }
        try check("cannot replace stream data")
    }

    /// A new indirect stream holding `bytes`, with `entries` added to its dictionary.
    func newStream(_ bytes: [UInt8], entries: [String: Object] = [:]) throws -> Object {
        let stream = qpdf_oh_new_stream(handle)
        try replaceData(stream, with: bytes)
        for (key, value) in entries { set(stream, key, value) }
        return indirect(stream)
    }

    // MARK: Writing

    /// Writes the document as PDF `version` without object streams (PDF 1.4 has none), streams
    /// compressed, with an /ID derived from the content so that equal input gives equal files.
    func written(version: String) throws -> Data {
        _ = qpdf_init_write_memory(handle)
        try check("cannot start writing the PDF")
        qpdf_set_object_stream_mode(handle, qpdf_o_disable)
        qpdf_set_stream_data_mode(handle, qpdf_s_compress)
        qpdf_set_deterministic_ID(handle, 1)
        qpdf_force_pdf_version(handle, version)
        _ = qpdf_write(handle)
        try check("cannot write the PDF")
        return Data(bytes: qpdf_get_buffer(handle), count: Int(qpdf_get_buffer_length(handle)))
    }
}
