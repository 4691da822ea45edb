package com.houqin.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Webhook mode ({@code houqin.telegram.mode=webhook}): Telegram posts each update to
 * {@code /telegram/<path>} ({@link WebhookEndpoint}); it is stored, made durable and only then
 * answered 200, and handled from the store in order per chat, as polled updates are. At start,
 * after handing over what a crash left unhandled, the bot tells Telegram where to post, with the
 * secret it must send along and the update types the bot handles; if Telegram cannot be reached it
 * keeps trying in the background. Several instances may run behind a load balancer: each stores
 * what it is posted, and an update posted twice (to either) is stored, and handled, once.
 */
@Component("telegram")
@ConditionalOnExpression("'${houqin.telegram.mode:polling}'.toLowerCase() == 'webhook'")
class Webhook implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(Webhook.class);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final InboundUpdates inbound;
    private final UpdateHandler handler;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "houqin-webhook-start");
        t.setDaemon(true);
        return t;
    });
    private volatile UpdateHandling handling;
    private volatile boolean running;
    private volatile boolean ready;
    private volatile String lastProblem = "not connected yet";

    Webhook(TelegramProperties properties, TelegramClient client, InboundUpdates inbound, UpdateHandler handler,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.client = client;
        this.inbound = inbound;
        this.handler = handler;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        handling = new UpdateHandling(inbound, handler, properties.handlerThreads());
        starter.execute(this::recoverThenRegister);
    }

    /** What a crash left unhandled goes first, so each chat keeps its order; then posts are taken. */
    private void recoverThenRegister() {
        try {
            handling.recover();
        } catch (RuntimeException e) {
            log.warn("Could not look for updates left unhandled ({}); trying again in {}s", e.getMessage(),
                    properties.startRetry().toSeconds());
            starter.schedule(this::recoverThenRegister, properties.startRetry().toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        ready = true;
        register();
    }

    private void register() {
        if (!running) {
            return;
        }
        try {
            client.execute(SetWebhook.builder()
                    .url(properties.webhookAddress())
                    .secretToken(properties.webhookSecret().trim())
                    .allowedUpdates(TelegramProperties.ALLOWED_UPDATES)
                    .maxConnections(properties.webhookMaxConnections())
                    .dropPendingUpdates(false)
                    .build());
            lastProblem = null;
            log.info("Telegram posts updates to {}", properties.webhookAddress());
            events.publishEvent(new BotConnected());
        } catch (TelegramApiException | RuntimeException e) {
            lastProblem = e.getMessage();
            log.warn("Cannot set the webhook ({}); trying again in {}s", e.getMessage(), properties.startRetry().toSeconds());
            starter.schedule(this::register, properties.startRetry().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Takes one posted update: returns once it is durably stored (or was stored before). Throws when
     * it cannot be stored, or when the bot is not ready to take posts yet; the post then fails and
     * Telegram sends the update again later.
     */
    void take(Update update) {
        UpdateHandling h = handling;
        if (!ready || !running || h == null) {
            throw new IllegalStateException("not taking updates yet");
        }
        h.receivePosted(update);
    }

    @Override
    public void stop() {
        running = false;
        ready = false;
        starter.shutdownNow();
        UpdateHandling.closeOnStop(handling);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Shown as "telegram" in /actuator/health. */
    @Override
    public Health health() {
        String problem = lastProblem;
        return problem == null ? Health.up().withDetail("webhook", properties.webhookAddress()).build()
                : Health.down().withDetail("problem", problem).build();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
