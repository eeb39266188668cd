using System.Text.Json;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Banks;

/// <summary>Writes enum values as the camelCase strings of the bank JSON contract (<c>star</c>, <c>warning</c>).</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
