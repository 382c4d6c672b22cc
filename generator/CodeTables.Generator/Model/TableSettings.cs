namespace CodeTables.Generator.Model
{
    /// <summary>
    /// The settings a table can carry, from its directives or from metadata on its &lt;CodeTable&gt; item.
    /// </summary>
    internal sealed record TableSettings(
        string? Enum = null,
        string? Namespace = null,
        string? Vendor = null,
        string? Source = null,
        string? Summary = null,
        string? Key = null,
        string? OutcomeType = null,
        string? References = null)
    {
        public static readonly TableSettings None = new();

        /// <summary>Directive names, as written in a table file.</summary>
        public static readonly string[] DirectiveNames = { "enum", "namespace", "vendor", "source", "summary", "key", "outcome-type", "references" };

        /// <summary>This table's settings, with the ones it does not set taken from <paramref name="fallback"/>.</summary>
        public TableSettings Over(TableSettings fallback) => new(
            Enum ?? fallback.Enum,
            Namespace ?? fallback.Namespace,
            Vendor ?? fallback.Vendor,
            Source ?? fallback.Source,
            Summary ?? fallback.Summary,
            Key ?? fallback.Key,
            OutcomeType ?? fallback.OutcomeType,
            References ?? fallback.References);

        public TableSettings With(string directive, string value) => directive switch
        {
            "enum" => this with { Enum = value },
            "namespace" => this with { Namespace = value },
            "vendor" => this with { Vendor = value },
            "source" => this with { Source = value },
            "summary" => this with { Summary = value },
            "key" => this with { Key = value },
            "outcome-type" => this with { OutcomeType = value },
            "references" => this with { References = value },
            _ => this,
        };
    }
}
