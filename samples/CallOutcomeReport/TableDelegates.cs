namespace CallOutcomeReport;

/// <summary>Looks a raw code (and code2) up in a generated table, saying why when it is not found.</summary>
internal delegate LookupStatus TableLookup<TEnum>(string code, string code2, out TEnum value);

/// <summary>The shape of a generated <c>TryFromCode(int, out E)</c>.</summary>
internal delegate bool TryFromInt<TEnum>(int code, out TEnum value);

/// <summary>The shape of a generated <c>TryFromCode(string?, out E)</c>.</summary>
internal delegate bool TryFromString<TEnum>(string? code, out TEnum value);

/// <summary>The shape of a generated two-column <c>TryFromCode(string?, string?, out E)</c>.</summary>
internal delegate bool TryFromPair<TEnum>(string? code, string? code2, out TEnum value);
