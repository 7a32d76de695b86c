package com.livinglink.gateway.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the {@code message} (always English) and {@code localizedMsg} (the caller's language) of an
 * envelope from the {@code messages} bundles. The caller's language is {@code request.language}, else
 * the {@code Accept-Language} header, else zh-CN, matched against the languages the gateway provides.
 */
@Component
public class ApiMessages {

    static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN_US = Locale.US;
    private static final List<Locale> PROVIDED = List.of(ZH_CN, EN_US);
    private static final String SEPARATOR = "; ";

    private final MessageSource messages;

    public ApiMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Locale localeFor(String language, String acceptLanguage) {
        for (String candidate : new String[] {language, acceptLanguage}) {
            var match = match(candidate);
            if (match != null) {
                return match;
            }
        }
        return ZH_CN;
    }

    public String english(ResultCode result, List<Detail> details) {
        return text(result, details, EN_US);
    }

    public String localized(ResultCode result, List<Detail> details, Locale locale) {
        return text(result, details, locale);
    }

    public String localized(SignatureRefusal error, Locale locale) {
        return messages.getMessage(error.messageKey(), null, error.messageKey(), locale);
    }

    private String text(ResultCode result, List<Detail> details, Locale locale) {
        if (details.isEmpty()) {
            return messages.getMessage(result.messageKey(), null, locale);
        }
        String joined = details.stream()
                .map(detail -> messages.getMessage(detail.key(), detail.args(), locale))
                .collect(Collectors.joining(SEPARATOR));
        return messages.getMessage(result.detailedMessageKey(), new Object[] {joined}, locale);
    }

    private static Locale match(String languageTags) {
        if (languageTags == null || languageTags.isBlank()) {
            return null;
        }
        try {
            // One locale is provided per language, so a caller's region (en-GB, zh-TW) only picks the language.
            var ranges = Locale.LanguageRange.parse(languageTags.replace('_', '-')).stream()
                    .map(range -> new Locale.LanguageRange(range.getRange().split("-")[0], range.getWeight()))
                    .toList();
            var matches = Locale.filter(ranges, PROVIDED);
            return matches.isEmpty() ? null : matches.get(0);
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            // The JDK's parser throws either for a malformed Accept-Language (seen: AIOOBE from LanguageRange).
            return null;
        }
    }
}
