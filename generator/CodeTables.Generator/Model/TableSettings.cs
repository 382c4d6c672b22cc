namespace CodeTables.Generator.Model;

/// <summary>
/// The settings a table can carry, from its directives or from metadata on its &lt;CodeTable&gt; item.
/// To add one: a property here, its directive name in <see cref="DirectiveNames"/> and <see cref="With"/>,
/// its metadata name in <see cref="MetadataNames"/> (and in build/CodeTables.props), and a line in <see cref="WithFallback"/>.
/// </summary>
/// <param name="Columns">Role=Header pairs that give a publisher's columns the roles Name, Outcome, Retry, Description.</param>
/// <param name="CodeType">"int" or "string" as written; null to infer it from the codes.</param>
/// <param name="Delimiter">The delimiter as written (",", ";", "tab", ...); null to detect it from the header.</param>
internal sealed record TableSettings(
    string? Enum = null,
    string? Namespace = null,
    string? Vendor = null,
    string? Source = null,
    string? Summary = null,
    string? Key = null,
    string? OutcomeType = null,
    string? Columns = null,
    string? CodeType = null,
    string? Delimiter = null,
    string? References = null,
    string? Inputs = null,
    string? HitPolicy = null,
    string? Complete = null)
{
    public static readonly TableSettings None = new();

    /// <summary>Directive names, as written in a table file.</summary>
    public static readonly string[] DirectiveNames =
    {
        "enum", "namespace", "vendor", "source", "summary", "key", "outcome-type", "columns", "code-type", "delimiter", "references",
        "inputs", "hit-policy", "complete",
    };

    /// <summary>The &lt;CodeTable&gt; item metadata names, in <see cref="DirectiveNames"/> order.</summary>
    public static readonly string[] MetadataNames =
    {
        "Enum", "Namespace", "Vendor", "Source", "Summary", "Key", "OutcomeType", "Columns", "CodeType", "Delimiter", "References",
        "Inputs", "HitPolicy", "Complete",
    };

    /// <summary>This table's settings, with the ones it does not set taken from <paramref name="fallback"/>.</summary>
    public TableSettings WithFallback(TableSettings fallback) => new(
        Enum ?? fallback.Enum,
        Namespace ?? fallback.Namespace,
        Vendor ?? fallback.Vendor,
        Source ?? fallback.Source,
        Summary ?? fallback.Summary,
        Key ?? fallback.Key,
        OutcomeType ?? fallback.OutcomeType,
        Columns ?? fallback.Columns,
        CodeType ?? fallback.CodeType,
        Delimiter ?? fallback.Delimiter,
        References ?? fallback.References,
        Inputs ?? fallback.Inputs,
        HitPolicy ?? fallback.HitPolicy,
        Complete ?? fallback.Complete);

    public TableSettings With(string directive, string value) => directive switch
    {
        "enum" => this with { Enum = value },
        "namespace" => this with { Namespace = value },
        "vendor" => this with { Vendor = value },
        "source" => this with { Source = value },
        "summary" => this with { Summary = value },
        "key" => this with { Key = value },
        "outcome-type" => this with { OutcomeType = value },
        "columns" => this with { Columns = value },
        "code-type" => this with { CodeType = value },
        "delimiter" => this with { Delimiter = value },
        "references" => this with { References = value },
        "inputs" => this with { Inputs = value },
        "hit-policy" => this with { HitPolicy = value },
        "complete" => this with { Complete = value },
        _ => this,
    };
}
