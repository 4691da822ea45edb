package com.houqin.repair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Printable QR codes (PNG) for the deep links on room doors. */
@Component
public class QrCodes {

    private static final int SIZE = 600;

    public byte[] png(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + content, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The link a phone's camera opens: the bot, with the place filled in. */
    public static String placeLink(String botUsername, String placeId) {
        return "https://t.me/" + botUsername + "?start=" + PlaceDeepLink.PREFIX + placeId;
    }
}
