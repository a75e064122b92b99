package id.go.merangin.sapo.shared;

/**
 * Reads a JPEG's structure without decoding its pixels: the start marker, a chain of segments whose lengths fit
 * the bytes, a frame header (SOF) with the picture's size before the first scan, entropy-coded scans in which
 * every 0xFF is stuffed, a restart marker or the next segment (progressive pictures have several scans), and the
 * end marker. Bytes after the end marker are allowed, as some phones append their own trailer there. Truncated
 * files, other formats and random bytes fail. It is one pass over the bytes: the pixels are never decoded.
 */
final class JpegStructure {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int TEM = 0x01;

    private final byte[] bytes;
    private int width = -1;
    private int height = -1;

    private JpegStructure(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The picture's width and height; throws {@link IllegalArgumentException} when the structure is broken. */
    static int[] size(byte[] bytes) {
        JpegStructure structure = new JpegStructure(bytes);
        structure.walk();
        return new int[] {structure.width, structure.height};
    }

    private void walk() {
        if (bytes.length < 4 || u8(0) != 0xFF || u8(1) != SOI) {
            throw broken("no start of image");
        }
        int position = 2;
        while (true) {
            position = nextMarker(position);
            int marker = u8(position);
            position++;
            if (marker == EOI) {
                throw broken("end of image before any scan");
            }
            if (marker == TEM || isRestart(marker)) {
                continue;
            }
            int length = u16(position);
            if (length < 2 || position + length > bytes.length) {
                throw broken("segment overruns the file");
            }
            if (isFrameHeader(marker)) {
                readFrameHeader(position, length);
            }
            position += length;
            if (marker == SOS) {
                if (width < 0) {
                    throw broken("scan before the frame header");
                }
                position = skipScan(position);
                if (position < 0) {
                    return;
                }
            }
        }
    }

    /** Skips entropy-coded data; answers where the next marker starts, or -1 at the end of the image. */
    private int skipScan(int position) {
        for (int i = position; i < bytes.length - 1; i++) {
            if (u8(i) != 0xFF) {
                continue;
            }
            int next = u8(i + 1);
            if (next == 0x00 || isRestart(next)) {
                i++;
            } else if (next == EOI) {
                return -1;
            } else if (next != 0xFF) {
                return i;
            }
        }
        throw broken("no end of image");
    }

    private int nextMarker(int position) {
        if (position >= bytes.length || u8(position) != 0xFF) {
            throw broken("no marker where a segment should start");
        }
        int at = position;
        while (at < bytes.length && u8(at) == 0xFF) {
            at++;
        }
        if (at >= bytes.length) {
            throw broken("file ends in a marker");
        }
        return at;
    }

    private void readFrameHeader(int position, int length) {
        if (length < 8 || width >= 0) {
            throw broken("bad or repeated frame header");
        }
        height = u16(position + 3);
        width = u16(position + 5);
        int components = u8(position + 7);
        if (components < 1 || components > 4 || length != 8 + 3 * components) {
            throw broken("bad frame components");
        }
    }

    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean isRestart(int marker) {
        return marker >= 0xD0 && marker <= 0xD7;
    }

    private int u8(int position) {
        return bytes[position] & 0xFF;
    }

    private int u16(int position) {
        if (position + 1 >= bytes.length) {
            throw broken("file ends inside a segment");
        }
        return (u8(position) << 8) | u8(position + 1);
    }

    private static IllegalArgumentException broken(String why) {
        return new IllegalArgumentException(why);
    }
}
