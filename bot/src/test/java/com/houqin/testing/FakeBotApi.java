package com.houqin.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot API server on localhost for tests: the bot under test polls it for updates and sends
 * its messages to it through the real TelegramBots HTTP client. Tests push updates in, read
 * what was sent, and script failures (429, 403, 5xx).
 */
public final class FakeBotApi implements AutoCloseable {

    /** A scripted "failure" that delivers the message, then answers with an unreadable body. */
    private static final int DELIVERED_UNREADABLE = -200;


    public static final String BOT_USERNAME = "houqin_test_bot";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String token;
    private final Deque<ObjectNode> updates = new ArrayDeque<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<Long, AtomicInteger> messageIds = new HashMap<>();
    private final AtomicInteger updateIds = new AtomicInteger(1000);
    private volatile Duration maxHold = Duration.ofSeconds(2);
    private final Map<Long, Duration> delays = new HashMap<>();
    private final List<Long> pollOffsets = new ArrayList<>();
    private final Map<Long, int[]> holds = new HashMap<>();
    private volatile boolean closed;
    private volatile java.util.function.Consumer<SentMessage> sentListener = m -> { };
    /** The last setWebhook's parameters, kept across {@link #reset()}: it is called once, at start. */
    private volatile ObjectNode webhook;

    public FakeBotApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** A fake Bot API listening on a free local port. */
    public static FakeBotApi start(String token) {
        try {
            return new FakeBotApi(token);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A message the bot sent (or edited later), as the chat would show it now. */
    public record SentMessage(long chatId, int messageId, String method, JsonNode params, List<String> history) {

        public String text() {
            if (params.has("text")) {
                return params.get("text").asText();
            }
            return params.has("caption") ? params.get("caption").asText() : "";
        }

        public List<List<String[]>> keyboard() {
            List<List<String[]>> rows = new ArrayList<>();
            JsonNode markup = params.get("reply_markup");
            if (markup == null || markup.isNull()) {
                return rows;
            }
            if (markup.isTextual()) {
                try {
                    markup = new ObjectMapper().readTree(markup.asText());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            JsonNode keyboard = markup.get("inline_keyboard");
            if (keyboard == null) {
                return rows;
            }
            for (JsonNode row : keyboard) {
                List<String[]> r = new ArrayList<>();
                for (JsonNode b : row) {
                    r.add(new String[] {b.get("text").asText(), b.has("callback_data") ? b.get("callback_data").asText() : null});
                }
                rows.add(r);
            }
            return rows;
        }

        public List<String> buttonLabels() {
            return keyboard().stream().flatMap(List::stream).map(b -> b[0]).toList();
        }

        public String buttonData(String labelPart) {
            return keyboard().stream().flatMap(List::stream).filter(b -> b[0].contains(labelPart)).map(b -> b[1])
                    .findFirst().orElse(null);
        }

        public boolean hasPhoto() {
            return "sendphoto".equals(method) || "sendmediagroup".equals(method);
        }
    }

    /** Any call the bot made: method name (lower case) and parameters. */
    public record Call(String method, JsonNode params, long atNanos) {
    }

    private record Failure(String method, Long chatId, int status, String body, int[] remaining) {
    }

    // ------------------------------------------------------------------ tests push updates

    public synchronized int push(ObjectNode update) {
        int id = updateIds.incrementAndGet();
        update.put("update_id", id);
        updates.add(update);
        notifyAll();
        return id;
    }

    /** Delivers an update twice in one batch, as Telegram may after a lost acknowledgement. */
    public synchronized int pushTwice(ObjectNode update) {
        int id = updateIds.incrementAndGet();
        update.put("update_id", id);
        updates.add(update);
        updates.add(update.deepCopy());
        notifyAll();
        return id;
    }

    /** Answers to calls for this chat come only after this delay (a slow network to one person). */
    public synchronized void slowDown(long chatId, Duration delay) {
        delays.put(chatId, delay);
    }

    /**
     * Called with each new message the bot sends (not edits), right after it is recorded, on the
     * thread serving the call: for a benchmark that waits for each answer. One listener at a time.
     */
    public void onSent(java.util.function.Consumer<SentMessage> listener) {
        this.sentListener = listener == null ? m -> { } : listener;
    }

    public ObjectMapper json() {
        return json;
    }

    /**
     * Lets the first {@code first} messages to the chat through and holds every later call for it
     * unanswered until {@link #release} (a network that hangs, or a bot killed mid-send).
     */
    public synchronized void holdAfter(long chatId, int first) {
        holds.put(chatId, new int[] {first});
    }

    public synchronized void release() {
        holds.clear();
        notifyAll();
    }

    /** The offsets the bot asked for in its getUpdates calls, in order. */
    public synchronized List<Long> pollOffsets() {
        return List.copyOf(pollOffsets);
    }

    /** Pushed updates the bot has not confirmed yet (Telegram would send them again). */
    public synchronized int unconfirmed() {
        return updates.size();
    }

    // ------------------------------------------------------------------ tests script failures

    /** The next {@code times} calls of {@code method} (to {@code chatId}, if given) fail with 429. */
    public synchronized void tooManyRequests(String method, Long chatId, int retryAfterSeconds, int times) {
        String body = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}";
        failures.add(new Failure(method.toLowerCase(Locale.ROOT), chatId, 429, body, new int[] {times}));
    }

    /** Calls to this chat fail with 403, as when the person blocked the bot. */
    public synchronized void blockedBy(long chatId) {
        String body = "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}";
        failures.add(new Failure(null, chatId, 403, body, new int[] {Integer.MAX_VALUE}));
    }

    public synchronized void serverError(String method, Long chatId, int times) {
        String body = "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}";
        failures.add(new Failure(method.toLowerCase(Locale.ROOT), chatId, 502, body, new int[] {times}));
    }

    /**
     * The next {@code times} calls of {@code method} to {@code chatId} are carried out (the person
     * gets the message) but answered with a body the bot cannot read, as when a proxy cuts it off.
     */
    public synchronized void unreadableAnswer(String method, Long chatId, int times) {
        failures.add(new Failure(method.toLowerCase(Locale.ROOT), chatId, DELIVERED_UNREADABLE,
                "{\"ok\":true,\"result\":{\"message_id\":", new int[] {times}));
    }

    public synchronized void failAlways(String method) {
        String body = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: scripted failure\"}";
        failures.add(new Failure(method.toLowerCase(Locale.ROOT), null, 400, body, new int[] {Integer.MAX_VALUE}));
    }

    // ------------------------------------------------------------------ tests read

    public synchronized List<SentMessage> messagesTo(long chatId) {
        return sent.stream().filter(m -> m.chatId() == chatId).toList();
    }

    public synchronized List<Call> calls(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(m)).toList();
    }

    public synchronized List<SentMessage> allMessages() {
        return List.copyOf(sent);
    }

    /** Waits until a message to the chat matches; returns the newest such message. */
    public SentMessage await(long chatId, Predicate<SentMessage> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                for (int i = sent.size() - 1; i >= 0; i--) {
                    SentMessage m = sent.get(i);
                    if (m.chatId() == chatId && match.test(m)) {
                        return m;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No message to chat " + chatId + " matched within " + timeout
                            + ". Messages to it:\n" + describe(chatId));
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Waits until all pushed updates were fetched and nothing new has been sent for a moment. */
    /** Waits until no call has come for {@code quiet}; fails loudly when that never happens in time. */
    public void awaitQuiet(Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int lastCount = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int count;
            boolean pending;
            synchronized (this) {
                count = calls.size();
                pending = !updates.isEmpty();
            }
            if (count != lastCount || pending) {
                lastCount = count;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince >= quiet.toNanos()) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("the bot never went quiet for " + quiet.toMillis() + " ms within "
                + timeout.toSeconds() + " s (" + lastCount + " calls so far)");
    }

    public synchronized String describe(long chatId) {
        StringBuilder b = new StringBuilder();
        for (SentMessage m : sent) {
            if (m.chatId() == chatId) {
                b.append("  #").append(m.messageId()).append(' ').append(m.method()).append(": ")
                        .append(m.text().replace("\n", " | ")).append(' ').append(m.buttonLabels()).append('\n');
            }
        }
        return b.toString();
    }

    /** What the bot last asked for with setWebhook (null: never), whatever was reset since. */
    public ObjectNode webhook() {
        return webhook;
    }

    public synchronized void reset() {
        updates.clear();
        sent.clear();
        calls.clear();
        failures.clear();
        delays.clear();
        holds.clear();
        pollOffsets.clear();
        notifyAll();
    }

    public void setMaxHold(Duration hold) {
        this.maxHold = hold;
    }

    // ------------------------------------------------------------------ the HTTP side

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            ObjectNode params = parse(body, contentType);
            if (method.equals("getupdates")) {
                respond(exchange, 200, getUpdates(params));
                return;
            }
            long chatId = params.has("chat_id") ? params.get("chat_id").asLong() : 0L;
            Duration delay;
            synchronized (this) {
                delay = delays.get(chatId);
                awaitHold(chatId, method);
            }
            if (delay != null) {
                sleep(delay.toMillis());
            }
            Failure failure;
            synchronized (this) {
                calls.add(new Call(method, params, System.nanoTime()));
                failure = takeFailure(method, chatId);
                notifyAll();
            }
            if (failure != null && failure.status() == DELIVERED_UNREADABLE) {
                answer(method, params, chatId);
                respond(exchange, 200, failure.body());
                return;
            }
            if (failure != null) {
                respond(exchange, failure.status(), failure.body());
                return;
            }
            respond(exchange, 200, answer(method, params, chatId));
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    private void awaitHold(long chatId, String method) {
        int[] left = holds.get(chatId);
        if (left == null || !method.startsWith("send")) {
            return;
        }
        if (left[0] > 0) {
            left[0]--;
            return;
        }
        while (holds.containsKey(chatId) && !closed) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Failure takeFailure(String method, long chatId) {
        for (Iterator<Failure> it = failures.iterator(); it.hasNext(); ) {
            Failure f = it.next();
            boolean methodMatches = f.method() == null || f.method().equals(method);
            boolean chatMatches = f.chatId() == null || f.chatId() == chatId;
            boolean blanketFailure = f.method() == null && method.equals("answercallbackquery");
            if (methodMatches && chatMatches && !blanketFailure) {
                if (--f.remaining()[0] <= 0) {
                    it.remove();
                }
                return f;
            }
        }
        return null;
    }

    private String answer(String method, ObjectNode params, long chatId) throws IOException {
        switch (method) {
            case "getme":
                return "{\"ok\":true,\"result\":{\"id\":42,\"is_bot\":true,\"first_name\":\"Houqin\",\"username\":\""
                        + BOT_USERNAME + "\"}}";
            case "setwebhook":
                webhook = params;
                return "{\"ok\":true,\"result\":true}";
            case "deletewebhook":
            case "setmycommands":
            case "answercallbackquery":
                return "{\"ok\":true,\"result\":true}";
            case "sendmessage":
            case "sendphoto":
            case "senddocument":
                return ok(record(method, params, chatId));
            case "sendmediagroup": {
                ObjectNode message = record(method, params, chatId);
                ArrayNode array = json.createArrayNode().add(message);
                return "{\"ok\":true,\"result\":" + json.writeValueAsString(array) + "}";
            }
            case "editmessagetext":
            case "editmessagereplymarkup":
            case "editmessagecaption":
                return edit(params, chatId);
            default:
                return "{\"ok\":true,\"result\":true}";
        }
    }

    private synchronized ObjectNode record(String method, ObjectNode params, long chatId) {
        int messageId = messageIds.computeIfAbsent(chatId, id -> new AtomicInteger(100)).incrementAndGet();
        List<String> history = new ArrayList<>();
        SentMessage message = new SentMessage(chatId, messageId, method, params, history);
        history.add(message.text());
        sent.add(message);
        notifyAll();
        sentListener.accept(message);
        return messageJson(chatId, messageId, message.text(), params.get("reply_markup"));
    }

    private synchronized String edit(ObjectNode params, long chatId) throws IOException {
        int messageId = params.get("message_id").asInt();
        // newest first: the same message (a chat's ids are unique), found quickly in a long run
        for (int i = sent.size() - 1; i >= 0; i--) {
            SentMessage m = sent.get(i);
            if (m.chatId() == chatId && m.messageId() == messageId) {
                ObjectNode merged = ((ObjectNode) m.params()).deepCopy();
                if (params.has("text")) {
                    merged.set("text", params.get("text"));
                }
                if (params.has("reply_markup")) {
                    merged.set("reply_markup", params.get("reply_markup"));
                } else {
                    merged.remove("reply_markup");
                }
                List<String> history = new ArrayList<>(m.history());
                SentMessage edited = new SentMessage(chatId, messageId, m.method(), merged, history);
                history.add(edited.text());
                sent.set(i, edited);
                notifyAll();
                return ok(messageJson(chatId, messageId, edited.text(), merged.get("reply_markup")));
            }
        }
        return "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message to edit not found\"}";
    }

    private ObjectNode messageJson(long chatId, int messageId, String text, JsonNode markup) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = message.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatId > 0 ? "private" : "group");
        message.put("text", text);
        if (markup != null && !markup.isNull() && !markup.isTextual()) {
            message.set("reply_markup", markup);
        }
        return message;
    }

    private String ok(ObjectNode result) throws IOException {
        return "{\"ok\":true,\"result\":" + json.writeValueAsString(result) + "}";
    }

    private String getUpdates(ObjectNode params) throws IOException {
        long offset = params.has("offset") ? params.get("offset").asLong() : 0;
        synchronized (this) {
            pollOffsets.add(offset);
        }
        long timeoutMillis = Math.min(params.has("timeout") ? params.get("timeout").asLong() * 1000 : 0,
                maxHold.toMillis());
        long deadline = System.currentTimeMillis() + timeoutMillis;
        ArrayNode result = json.createArrayNode();
        synchronized (this) {
            while (true) {
                updates.removeIf(u -> u.get("update_id").asLong() < offset);
                if (!updates.isEmpty() || closed) {
                    break;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            for (ObjectNode u : updates) {
                result.add(u);
                if (result.size() >= 100) {
                    break;
                }
            }
        }
        return "{\"ok\":true,\"result\":" + json.writeValueAsString(result) + "}";
    }

    private ObjectNode parse(byte[] body, String contentType) throws IOException {
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            return parseMultipart(body, contentType);
        }
        if (body.length == 0) {
            return json.createObjectNode();
        }
        JsonNode node = json.readTree(body);
        return node instanceof ObjectNode o ? o : json.createObjectNode();
    }

    private ObjectNode parseMultipart(byte[] body, String contentType) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        ObjectNode params = json.createObjectNode();
        for (String part : raw.split(java.util.regex.Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String content = part.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            if (headers.contains("filename=")) {
                params.put("upload_bytes", content.length());
                params.put("upload", java.util.Base64.getEncoder()
                        .encodeToString(content.getBytes(StandardCharsets.ISO_8859_1)));
            } else {
                String value = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                params.put(name.group(1), value);
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        server.stop(0);
    }
}
