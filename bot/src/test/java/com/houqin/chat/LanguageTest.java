package com.houqin.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.i18n.Language;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.Phone;

class LanguageTest extends BotIntegrationTest {

    @Test
    void theBotSpeaksThePersonsTelegramLanguage() {
        Phone hans = stranger("小李", "zh-hans");
        hans.send("/start");
        hans.expect("请输入您的姓名");
        Phone hant = stranger("小陳", "zh-hant");
        hant.send("/start");
        hant.expect("請輸入您的姓名");
        Phone en = stranger("Sam", "de");
        en.send("/start");
        en.expect("What is your full name?");
    }

    @Test
    void slashLangSwitchesAndIsRemembered() {
        Phone ann = approved("Ann", "Finance");
        ann.send("/lang");
        ann.tap("繁體中文");
        ann.expect("語言已設定為繁體中文");
        assertThat(people.find(ann.id()).orElseThrow().language()).isEqualTo(Language.ZH_HANT);
        ann.send("/help");
        ann.expect("您可以使用以下功能");
        ann.send("nonsense");
        ann.expect("沒有看懂這則訊息");
    }
}
