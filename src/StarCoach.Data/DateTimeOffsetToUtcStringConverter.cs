using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StarCoach.Data;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as fixed-width UTC ISO-8601 text, so SQLite orders and compares it
/// correctly as a string (the offset is normalised to +00:00).
/// </summary>
internal sealed class DateTimeOffsetToUtcStringConverter() : ValueConverter<DateTimeOffset, string>(
    value => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
    text => DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
