import Foundation

/// Tiny but valid pictures made in code, so the demo's evidence files open in any viewer.
enum DemoImages {
    /// An uncompressed-deflate PNG of one colour with a lighter diagonal.
    static func png(width: Int = 16, height: Int = 12, red: UInt8, green: UInt8, blue: UInt8) -> Data {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)  // filter: none
            for x in 0..<width {
                let light: UInt8 = x == y ? 80 : 0
                raw += [red &+ light, green &+ light, blue &+ light]
            }
        }
        var zlib: [UInt8] = [0x78, 0x01, 0x01]  // header, then one final stored block
        let length = UInt16(raw.count)
        zlib += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        zlib += raw
        zlib += bigEndian(adler32(raw))
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0])
        png += chunk("IDAT", zlib)
        png += chunk("IEND", [])
        return Data(png)
    }

    /// A one-pixel GIF89a of one colour.
    static func gif(red: UInt8, green: UInt8, blue: UInt8) -> Data {
        Data(Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, red, green, blue, 0x00, 0x00, 0x00,
                                     0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
                                     0x02, 0x02, 0x44, 0x01, 0x00, 0x3B])
    }

    /// An 8x8 grey baseline JPEG (DC only) carrying a comment, so each file's content is its own.
    static func jpeg(comment: String) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8]
        let text = Array(comment.utf8.prefix(200))
        bytes += [0xFF, 0xFE] + bigEndian16(UInt16(text.count + 2)) + text
        bytes += [0xFF, 0xDB, 0x00, 0x43, 0x00] + Array(repeating: 1, count: 64)  // quantisation: all ones
        bytes += [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00]  // 8x8, one component
        // Huffman tables with one code each: DC category 0, and AC end-of-block.
        bytes += [0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01] + Array(repeating: 0, count: 15) + [0x00]
        bytes += [0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01] + Array(repeating: 0, count: 15) + [0x00]
        bytes += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]
        bytes += [0x3F]  // "0" (DC 0) + "0" (EOB), padded with ones
        bytes += [0xFF, 0xD9]
        return Data(bytes)
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func bigEndian16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }

    private static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
