package se.fristad.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * The Freemarker layouts ({@code .ftlh}, so every value is HTML-escaped unless a template says otherwise).
 * The site's {@code templates/} come first, then the built-in theme's. A template error becomes a problem naming
 * the template file and line.
 */
public final class Layouts {
    static {
        // Freemarker would otherwise log through whatever logging library it finds; errors reach users as problems
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    private final Configuration cfg;
    private final Theme theme;
    private final Map<String, String> chosen = new ConcurrentHashMap<>();

    public Layouts(Theme theme) throws IOException {
        this.theme = theme;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(Layouts.class, Theme.BUILT_IN + "/templates");
        TemplateLoader loader = builtIn;
        if (theme.siteTemplates().toFile().isDirectory()) {
            loader = new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(theme.siteTemplates().toFile()), builtIn});
        }
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
    }

    /** The first of the given template names that exists (e.g. {@code support.ftlh}, then {@code page.ftlh}). */
    public String pick(String preferred, String fallback) {
        return chosen.computeIfAbsent(preferred + "|" + fallback, key -> {
            try {
                cfg.getTemplate(preferred);
                return preferred;
            } catch (TemplateNotFoundException e) {
                return fallback;
            } catch (IOException e) {
                return preferred; // a parse error: render with it so the error is reported with its line
            }
        });
    }

    /** Renders {@code name} with {@code model}; null (and a problem) when the template fails. */
    public String render(String name, Map<String, Object> model, Problems problems) {
        return render(name, model, null, problems);
    }

    /**
     * Renders {@code name} with {@code model} in {@code locale} (how {@code ?sort} orders words and numbers are
     * written); null (and a problem) when the template fails.
     */
    public String render(String name, Map<String, Object> model, java.util.Locale locale, Problems problems) {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter(16_384);
            freemarker.core.Environment env = t.createProcessingEnvironment(model, out);
            if (locale != null) {
                env.setLocale(locale);
                env.setNumberFormat("computer"); // digits as everywhere else on the site (and in scripts): 1, 2, 3
            }
            env.process();
            return out.toString();
        } catch (TemplateNotFoundException e) {
            problems.add(Problem.error(templatePath(name), 1, 1, "template " + name + " not found",
                    "add templates/" + name + " or remove the site's templates/ override that includes it"));
        } catch (ParseException e) {
            syntax(e, name, problems);
        } catch (TemplateException e) {
            String tpl = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            String blamed = e.getBlamedExpressionString();
            problems.add(Problem.error(templatePath(tpl), line == null ? 1 : line, col == null ? 1 : col,
                    "template error: " + firstLine(e.getMessageWithoutStackTop()) + (blamed == null ? "" : " " + blamed),
                    "check the names used at this line against the page model described in README"));
        } catch (IOException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof ParseException pe) { // Freemarker remembers a failed parse and rethrows it wrapped
                    syntax(pe, name, problems);
                    return null;
                }
            }
            problems.add(Problem.error(templatePath(name), 1, 1, "cannot read template: " + e.getMessage(), "check the file"));
        }
        return null;
    }

    private void syntax(ParseException e, String name, Problems problems) {
        problems.add(Problem.error(templatePath(e.getTemplateName() != null ? e.getTemplateName() : name), e.getLineNumber(), e.getColumnNumber(),
                "template error: " + firstLine(e.getEditorMessage()), "fix the Freemarker syntax at this line"));
    }

    private Path templatePath(String name) {
        return theme.siteHasTemplate(name) ? theme.siteTemplates().resolve(name) : Paths.get("(built-in theme)/templates/" + name);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
