package com.houqin.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.Phone;

/**
 * Webhook mode: Telegram posts updates to /telegram/updates with the secret the bot gave it. The
 * mode is read at start, so this class runs its own application (with its own fake Bot API and
 * store) and closes it afterwards; the test posts as Telegram would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WebhookTest {

    static final String SECRET = "test-Secret_42";
    private static final String TOKEN = "515151:WEBHOOK_test-token";
    private static final FakeBotApi api = FakeBotApi.start(TOKEN);
    private static final AtomicInteger updateIds = new AtomicInteger(700_000_000);
    private static final AtomicLong personIds = new AtomicLong(7_000_000L);
    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("houqin-webhook-test");
        registry.add("houqin.telegram.api-url", api::url);
        registry.add("houqin.telegram.token", () -> TOKEN);
        registry.add("houqin.telegram.mode", () -> "webhook");
        registry.add("houqin.telegram.webhook-url", () -> "https://bot.example.org/");
        registry.add("houqin.telegram.webhook-secret", () -> SECRET);
        registry.add("houqin.data-dir", data::toString);
        registry.add("houqin.outbox.per-chat-interval", () -> "100ms");
        registry.add("houqin.outbox.idle-poll", () -> "200ms");
        registry.add("houqin.scheduler.enabled", () -> "false");
    }

    @BeforeEach
    void startFromAnEmptyStore() {
        api.reset();
        mongo.getCollection("updates").deleteMany(new Document());
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    private Phone stranger(String name, String language) {
        return new Phone(api, personIds.incrementAndGet(), name, language);
    }

    private Phone approved(String name, String department) {
        Phone phone = stranger(name, "en");
        mongo.insert(Person.approved(phone.id(), name, department, Set.of(Role.EMPLOYEE), Instant.now(), 1L));
        return phone;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void atStartTheBotTellsTelegramWhereToPostWithTheSecretAndTheUpdatesItHandles() {
        long deadline = System.nanoTime() + Phone.WAIT.toNanos();
        while (api.webhook() == null && System.nanoTime() < deadline) {
            sleep(50);
        }
        ObjectNode webhook = api.webhook();
        assertThat(webhook).as("setWebhook called").isNotNull();
        assertThat(webhook.get("url").asText()).isEqualTo("https://bot.example.org/telegram/updates");
        assertThat(webhook.get("secret_token").asText()).isEqualTo(SECRET);
        assertThat(webhook.get("allowed_updates").toString()).contains("message", "callback_query", "my_chat_member");
        assertThat(api.calls("getUpdates")).as("no polling in webhook mode").isEmpty();
    }

    @Test
    void anUpdatePostedWithTheSecretIsStoredBeforeItIsAnsweredAndThenHandled() throws Exception {
        Phone ann = approved("Ann", "Finance");
        ObjectNode update = withId(ann.textUpdate("/help"));
        HttpResponse<String> response = post(update, SECRET);
        assertThat(response.statusCode()).isEqualTo(200);
        // answered 200: it is in the store already
        assertThat(mongo.getCollection("updates").countDocuments(new Document("_id", update.get("update_id").asInt())))
                .isEqualTo(1);
        ann.expect("Here is what you can do");
        assertThat(api.calls("getUpdates")).as("no polling in webhook mode").isEmpty();
    }

    @Test
    void aPostWithoutTheRightSecretIsRefusedAndNothingIsStored() throws Exception {
        Phone ann = approved("Ann", "Finance");
        assertThat(post(withId(ann.textUpdate("/help")), "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(post(withId(ann.textUpdate("/help")), null).statusCode()).isEqualTo(401);
        assertThat(post(withId(ann.textUpdate("/help")), SECRET + "x").statusCode()).isEqualTo(401);
        assertThat(mongo.getCollection("updates").countDocuments()).isZero();
        api.awaitQuiet(Duration.ofMillis(500), Phone.WAIT);
        assertThat(ann.messages()).isEmpty();
    }

    @Test
    void anUpdatePostedTwiceIsHandledOnce() throws Exception {
        Phone ann = approved("Ann", "Finance");
        ObjectNode update = withId(ann.textUpdate("/help"));
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        ann.expect("Here is what you can do");
        api.awaitQuiet(Duration.ofMillis(500), Phone.WAIT);
        assertThat(ann.messages()).filteredOn(m -> m.text().contains("Here is what you can do")).hasSize(1);
        assertThat(mongo.getCollection("updates").countDocuments()).isEqualTo(1);
    }

    @Test
    void aBurstIsAcceptedQuicklyAndEachChatIsAnsweredInOrder() throws Exception {
        List<Phone> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(stranger("P" + i, "en"));
        }
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        long start = System.nanoTime();
        // people at once; each person's two updates one after the other, as Telegram posts a chat's updates
        for (Phone p : people) {
            ObjectNode hello = withId(p.textUpdate("/start"));
            ObjectNode name = withId(p.textUpdate(p.firstName() + " Lee"));
            CompletableFuture<HttpResponse<String>> first = postAsync(hello, SECRET);
            posts.add(first);
            posts.add(first.thenCompose(r -> postAsync(name, SECRET)));
        }
        for (CompletableFuture<HttpResponse<String>> post : posts) {
            assertThat(post.get().statusCode()).isEqualTo(200);
        }
        Duration accepted = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("WEBHOOK 20 posts accepted in " + accepted.toMillis() + " ms");
        assertThat(accepted).isLessThan(Duration.ofSeconds(5));
        assertThat(mongo.getCollection("updates").countDocuments()).isEqualTo(20);
        for (Phone p : people) {
            p.expect("department");
            assertThat(p.messages().get(0).text()).contains("Welcome to Houqin");
        }
    }

    @Test
    void anotherPathIsNotTheBots() throws Exception {
        Phone ann = approved("Ann", "Finance");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/other"))
                .header("Content-Type", "application/json").header(WebhookEndpoint.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(withId(ann.textUpdate("/help")).toString())).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(mongo.getCollection("updates").countDocuments()).isZero();
    }

    private static ObjectNode withId(ObjectNode update) {
        update.put("update_id", updateIds.incrementAndGet());
        return update;
    }

    private HttpResponse<String> post(ObjectNode update, String secret) throws Exception {
        return http.send(request(update, secret), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> postAsync(ObjectNode update, String secret) {
        return http.sendAsync(request(update, secret), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(ObjectNode update, String secret) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/updates"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            b.header(WebhookEndpoint.SECRET_HEADER, secret);
        }
        return b.build();
    }
}
