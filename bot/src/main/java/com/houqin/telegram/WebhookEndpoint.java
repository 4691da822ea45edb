package com.houqin.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /telegram/<path>}: where Telegram posts updates in webhook mode. A post without the
 * secret the bot gave Telegram in {@code X-Telegram-Bot-Api-Secret-Token} is refused with 401 and
 * logged (where from, never the secret it brought). A post with it is answered 200 only once its
 * update is stored; while the store is out of reach the answer is 503, and Telegram sends it again.
 */
@RestController
@ConditionalOnExpression("'${houqin.telegram.mode:polling}'.toLowerCase() == 'webhook'")
class WebhookEndpoint {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final Webhook webhook;
    private final TelegramProperties properties;
    private final byte[] secret;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    WebhookEndpoint(Webhook webhook, TelegramProperties properties) {
        this.webhook = webhook;
        this.properties = properties;
        String configured = properties.webhookSecret() == null ? "" : properties.webhookSecret().trim();
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/telegram/{path}")
    ResponseEntity<Void> post(@PathVariable String path,
                              @RequestHeader(name = SECRET_HEADER, required = false) String token,
                              @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        if (!properties.webhookPath().equals(path)) {
            return ResponseEntity.notFound().build();
        }
        if (token == null || secret.length == 0 || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Refused a post to /telegram/{} from {}: {}", path, request.getRemoteAddr(),
                    token == null ? "no secret token" : "a wrong secret token");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Update update;
        try {
            update = json.readValue(body == null ? new byte[0] : body, Update.class);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("A post to /telegram/{} is not an update: {}", path, e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        try {
            webhook.take(update);
        } catch (RuntimeException e) {
            log.warn("Update {} cannot be stored yet ({}); Telegram will post it again", update.getUpdateId(), e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.ok().build();
    }
}
