namespace CodeTables.Generator.Model
{
    /// <summary>What the emitter gets: a valid table and its resolved outcome type.</summary>
    internal sealed record EmitModel(TableModel Table, OutcomeTypeInfo? Outcome, bool EmitSpanOverloads, EquatableArray<ResolvedReference> References = default);

    /// <summary>The result of validating a table: a model to emit (null when it has errors) and every diagnostic for the file.</summary>
    internal sealed record ValidatedTable(EmitModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
