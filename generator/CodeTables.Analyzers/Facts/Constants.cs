using System;
using System.Globalization;

namespace CodeTables.Analyzers.Facts;

/// <summary>Numeric constants as <see cref="long"/>, whatever their integral type (never throws).</summary>
internal static class Constants
{
    public static bool TryToInt64(object? value, out long result)
    {
        switch (value)
        {
            case ulong big:
                result = unchecked((long)big);
                return true;
            case char c:
                result = c;
                return true;
            case sbyte or byte or short or ushort or int or uint or long:
                result = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return true;
            case Enum e:
                return TryToInt64(Convert.ChangeType(e, e.GetTypeCode(), CultureInfo.InvariantCulture), out result);
            default:
                result = 0;
                return false;
        }
    }
}
