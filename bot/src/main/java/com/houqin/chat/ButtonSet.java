package com.houqin.chat;

import java.util.List;

/**
 * The buttons of one card or screen, declared together: each a name, who may press it and what
 * it does ({@link ButtonAction#of}). A Spring bean; the router collects every set.
 */
public interface ButtonSet {

    List<ButtonAction> buttons();
}
