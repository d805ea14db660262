package com.alismart.server.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images drawn and encoded in memory for the decoder tests; nothing here comes from outside the test. */
final class Fixtures {
    private Fixtures() {
    }

    /** Red and green over blue and yellow, the four quadrants easy to probe after scaling. */
    static BufferedImage quadrants(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        int halfW = width / 2;
        int halfH = height / 2;
        g.setColor(Color.RED);
        g.fillRect(0, 0, halfW, halfH);
        g.setColor(Color.GREEN);
        g.fillRect(halfW, 0, width - halfW, halfH);
        g.setColor(Color.BLUE);
        g.fillRect(0, halfH, halfW, height - halfH);
        g.setColor(Color.YELLOW);
        g.fillRect(halfW, halfH, width - halfW, height - halfH);
        g.dispose();
        return image;
    }

    static BufferedImage filled(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A GIF whose frames are the given images, in order. */
    static byte[] animatedGif(BufferedImage... frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * A four-channel JPEG in the Adobe style: left half one pixel value, right half another. The JDK encoder stores a
     * bare raster's channels untransformed and writes no Adobe APP14 segment, so one is spliced in after SOI with the
     * given transform: 0 for plain CMYK, 2 for YCCK. As in the files Photoshop writes, ink is inverted (0 = full ink).
     */
    static byte[] adobeJpeg(int width, int height, int transform, int[] left, int[] right) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, x < width / 2 ? left : right);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        // APP14 "Adobe": DCTEncodeVersion 100, flags0 0, flags1 0, then the colour transform.
        return withSegment(out.toByteArray(), 0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
            (byte) transform});
    }

    /**
     * The JPEG with an APP2 ICC_PROFILE segment whose profile is the given bytes: a single-chunk profile, which is
     * what most cameras and editors write.
     */
    static byte[] withIccProfile(byte[] jpeg, byte[] profile) {
        byte[] payload = new byte[14 + profile.length];
        byte[] tag = "ICC_PROFILE".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tag, 0, payload, 0, tag.length);
        payload[12] = 1;   // chunk number
        payload[13] = 1;   // chunk count
        System.arraycopy(profile, 0, payload, 14, profile.length);
        return withSegment(jpeg, 0xE2, payload);
    }

    /** Splices a marker segment in right after SOI. */
    private static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        int length = payload.length + 2;
        byte[] segment = new byte[2 + length];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) marker;
        segment[2] = (byte) (length >> 8);
        segment[3] = (byte) length;
        System.arraycopy(payload, 0, segment, 4, payload.length);
        byte[] result = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, result, 0, 2);
        System.arraycopy(segment, 0, result, 2, segment.length);
        System.arraycopy(jpeg, 2, result, 2 + segment.length, jpeg.length - 2);
        return result;
    }

    /**
     * A valid PNG, a hundred-odd bytes long, whose header declares width x height RGB pixels: a decompression bomb.
     * The IDAT holds one compressed empty row, so only a decoder that trusts the header would allocate the canvas.
     */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8);   // bit depth
            h.writeByte(2);   // colour type: RGB
            h.writeByte(0);   // deflate
            h.writeByte(0);   // adaptive filtering
            h.writeByte(0);   // no interlace
            chunk(data, "IHDR", header.toByteArray());
            chunk(data, "IDAT", deflate(new byte[64]));
            chunk(data, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] payload) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(payload);
        out.writeInt(payload.length);
        out.write(typeBytes);
        out.write(payload);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[256];
        int length = deflater.deflate(buffer);
        deflater.end();
        byte[] result = new byte[length];
        System.arraycopy(buffer, 0, result, 0, length);
        return result;
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/images/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource images/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
