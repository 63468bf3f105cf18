package org.dateline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a page's form as a browser would submit it. */
public final class Forms {

	private Forms() {
	}

	/**
	 * The fields a browser would send with a form, as the page filled them in: checked
	 * boxes only, a select's selected option, a textarea's text. For a name that appears
	 * more than once, the first value.
	 */
	public static Map<String, String> fields(Element form) {
		assertThat(form).as("the form").isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String type = input.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			if (type.equals("submit") || type.equals("file")) {
				continue;
			}
			String value = switch (input.tagName()) {
				case "textarea" -> input.wholeText();
				case "select" -> {
					Element selected = input.selectFirst("option[selected]");
					yield (selected != null) ? selected.attr("value") : "";
				}
				default -> input.attr("value");
			};
			fields.putIfAbsent(input.attr("name"), value);
		}
		return fields;
	}

}
