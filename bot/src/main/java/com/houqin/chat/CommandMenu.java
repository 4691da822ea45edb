package com.houqin.chat;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.BotConnected;

/**
 * Publishes the command menu once the bot is connected: English by default, Chinese for
 * Chinese-speaking clients (Telegram's menu tells languages apart by two letters only, so
 * Traditional-Chinese readers see the Simplified menu; everything else follows /lang).
 */
@Component
class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private final ObjectProvider<Command> commands;
    private final Texts texts;
    private final BotApi api;

    CommandMenu(ObjectProvider<Command> commands, Texts texts, BotApi api) {
        this.commands = commands;
        this.texts = texts;
        this.api = api;
    }

    @EventListener(BotConnected.class)
    void publish() {
        publish(Language.EN, null);
        publish(Language.ZH_HANS, "zh");
    }

    private void publish(Language language, String languageCode) {
        List<BotCommand> menu = commands.orderedStream()
                .sorted(Comparator.comparingInt(Command::order).thenComparing(Command::name))
                .map(c -> new BotCommand(c.name(), texts.get(language, c.descriptionKey())))
                .toList();
        try {
            api.setCommands(menu, languageCode);
        } catch (RuntimeException e) {
            log.warn("Could not set the command menu for {} ({}); the bot runs on without it", language,
                    e.getMessage());
        }
    }
}
