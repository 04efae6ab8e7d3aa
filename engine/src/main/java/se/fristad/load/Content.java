package se.fristad.load;

import java.util.List;

/** Everything loaded from {@code content/}: the pages and the files to copy beside them. */
public record Content(List<SourcePage> pages, List<StaticFile> files) {
}
