package com.houqin.system;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Checks the settings a person must give before anything starts, and when one is missing or
 * malformed says so in one plain line and stops with exit code 2. The token itself is never
 * printed.
 */
public class SettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final int EXIT_CODE = 2;
    private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final String PREFIX = "Houqin cannot start: ";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        List<String> problems = problems(event.getEnvironment());
        if (!problems.isEmpty()) {
            System.err.println(PREFIX + String.join(" ", problems));
            System.exit(EXIT_CODE);
        }
    }

    public static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        String token = env.getProperty("houqin.telegram.token");
        if (!StringUtils.hasText(token)) {
            problems.add("the bot token is missing; set TELEGRAM_BOT_TOKEN (or houqin.telegram.token)"
                    + " to the token @BotFather gave you, like 123456789:AAE...");
        } else if (!TOKEN.matcher(token.trim()).matches()) {
            problems.add("TELEGRAM_BOT_TOKEN is malformed; a bot token looks like 123456789:AAE... (digits, a colon, letters)");
        }
        String apiUrl = env.getProperty("houqin.telegram.api-url");
        if (StringUtils.hasText(apiUrl) && !isHttpUrl(apiUrl)) {
            problems.add("TELEGRAM_API_URL '" + apiUrl + "' is not an http(s) URL; set it like https://api.telegram.org");
        }
        problems.addAll(webhookProblems(env));
        String admins = env.getProperty("houqin.admins");
        if (StringUtils.hasText(admins) && !admins.trim().matches("\\s*\\d+(\\s*,\\s*\\d+)*\\s*")) {
            problems.add("HOUQIN_ADMINS '" + admins + "' must be Telegram user ids separated by commas, like 12345,67890");
        }
        String zone = env.getProperty("houqin.timezone");
        if (StringUtils.hasText(zone) && !isZone(zone)) {
            problems.add("HOUQIN_TIMEZONE '" + zone + "' is not a time zone; use a name like Asia/Shanghai or Europe/Berlin");
        }
        String mongoUri = env.getProperty("spring.data.mongodb.uri");
        if (StringUtils.hasText(mongoUri) && !(mongoUri.startsWith("mongodb://") || mongoUri.startsWith("mongodb+srv://"))) {
            problems.add("MONGODB_URI must start with mongodb:// or mongodb+srv://");
        }
        if (!StringUtils.hasText(mongoUri)) {
            String dataDir = env.getProperty("houqin.data-dir", "./data");
            if (!canWriteTo(Path.of(dataDir))) {
                problems.add("HOUQIN_DATA_DIR '" + dataDir + "' cannot be created or written to; point it at a writable folder");
            }
        }
        return problems;
    }

    /** Webhook mode needs the public address Telegram posts to and the secret it sends along. */
    private static List<String> webhookProblems(Environment env) {
        List<String> problems = new ArrayList<>();
        String mode = env.getProperty("houqin.telegram.mode", "polling").trim();
        if (mode.equalsIgnoreCase("polling") || mode.isEmpty()) {
            return problems;
        }
        if (!mode.equalsIgnoreCase("webhook")) {
            problems.add("TELEGRAM_MODE '" + mode + "' is neither polling nor webhook");
            return problems;
        }
        String url = env.getProperty("houqin.telegram.webhook-url");
        if (!StringUtils.hasText(url)) {
            problems.add("webhook mode needs the bot's public address; set TELEGRAM_WEBHOOK_URL (or houqin.telegram.webhook-url)"
                    + " to the https URL Telegram reaches this bot at, like https://bot.example.org");
        } else if (!isHttpUrl(url)) {
            problems.add("TELEGRAM_WEBHOOK_URL '" + url + "' is not an http(s) URL; Telegram posts to an https URL like https://bot.example.org");
        }
        String secret = env.getProperty("houqin.telegram.webhook-secret");
        if (!StringUtils.hasText(secret)) {
            problems.add("webhook mode needs a secret that Telegram sends with every update; set TELEGRAM_WEBHOOK_SECRET"
                    + " (or houqin.telegram.webhook-secret) to 1-256 letters, digits, _ or -, for example from `openssl rand -hex 32`");
        } else if (!WEBHOOK_SECRET.matcher(secret.trim()).matches()) {
            problems.add("TELEGRAM_WEBHOOK_SECRET is malformed; Telegram accepts 1-256 letters, digits, _ and - only");
        }
        return problems;
    }

    /** One line for a setting Spring could not convert (a duration like "soon"), or null. */
    public static String describeBindingFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                String name = String.valueOf(bind.getProperty() != null ? bind.getProperty().getName() : bind.getName());
                Object value = bind.getProperty() != null ? bind.getProperty().getValue() : null;
                if (name.contains("token") || name.contains("secret")) {
                    value = "(hidden)";
                }
                return PREFIX + "the setting " + name + (value != null ? " = '" + value + "'" : "")
                        + " is malformed; see the settings table in README.md for the expected form.";
            }
        }
        return null;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isZone(String value) {
        try {
            ZoneId.of(value.trim());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean canWriteTo(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (Exception e) {
            return false;
        }
    }
}
