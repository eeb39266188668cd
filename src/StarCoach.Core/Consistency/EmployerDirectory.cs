namespace StarCoach.Core.Consistency;

/// <summary>
/// The employers named across a bank and a résumé, grouped when they share a name: "CBRE/Google", "Google" and
/// "CBRE (client: Google)" are one employer, shown by the name the candidate uses most. The company being
/// interviewed for ("an IC6 role at Meta") is left out.
/// </summary>
internal sealed class EmployerDirectory
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
    private List<(HashSet<string> Entities, string Display)>? _groups;

    public void AddTarget(string name)
    {
        foreach (var entity in CareerMentions.Entities(name))
        {
            _targets.Add(entity);
        }
    }

    public void Add(string name, int weight = 1)
    {
        _counts[name] = _counts.GetValueOrDefault(name) + weight;
        _groups = null;
    }

    /// <summary>True when <paramref name="name"/> is the company being interviewed for.</summary>
    public bool IsTarget(string name)
    {
        var entities = CareerMentions.Entities(name);
        return entities.Count > 0 && entities.All(_targets.Contains);
    }

    /// <summary>The employer's display name, or null for a name that is no employer (the target company).</summary>
    public string? Resolve(string name)
    {
        if (IsTarget(name))
        {
            return null;
        }

        var entities = CareerMentions.Entities(name);
        foreach (var (group, display) in Groups())
        {
            if (entities.Any(group.Contains))
            {
                return display;
            }
        }

        return entities.Count > 0 ? name : null;
    }

    /// <summary>True when the two names are the same employer.</summary>
    public bool Same(string a, string b) => Resolve(a) is { } left && left == Resolve(b);

    private List<(HashSet<string> Entities, string Display)> Groups()
    {
        if (_groups is not null)
        {
            return _groups;
        }

        var groups = new List<(HashSet<string> Entities, Dictionary<string, int> Names)>();
        foreach (var (name, count) in _counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (IsTarget(name))
            {
                continue;
            }

            var entities = CareerMentions.Entities(name).Where(e => !_targets.Contains(e)).ToHashSet(StringComparer.Ordinal);
            if (entities.Count == 0)
            {
                continue;
            }

            var matching = groups.Where(g => g.Entities.Overlaps(entities)).ToList();
            var merged = (Entities: entities, Names: new Dictionary<string, int>(StringComparer.Ordinal) { [name] = count });
            foreach (var group in matching)
            {
                merged.Entities.UnionWith(group.Entities);
                foreach (var (n, c) in group.Names)
                {
                    merged.Names[n] = c;
                }

                groups.Remove(group);
            }

            groups.Add(merged);
        }

        _groups = groups
            .Select(g => (g.Entities, g.Names.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key))
            .ToList();
        return _groups;
    }
}
