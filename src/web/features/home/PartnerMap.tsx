import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldAtlasUrl from 'world-atlas/countries-110m.json?url';
import type { RegionSummary, Twinning } from '../../../shared/api/index';
import { usePickText } from '../../components/UserText';
import { fitProjection, pathFor, placeLabels } from './map-geometry';
import type { LonLat } from './map-geometry';

// Wide left margin: the Flemish and Dutch points sit close together and their labels fan out leftwards.
const size = { width: 960, height: 460, margin: [50, 130, 40, 230] as const };
const fontSize = 17;
const pointRadius = 6;

/** Natural Earth countries, shipped with the app as a static file (no tiles, nothing remote). */
function useWorldCountries() {
  return useQuery({
    queryKey: ['world-atlas'],
    queryFn: async () => {
      const response = await fetch(worldAtlasUrl);
      const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
      return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry>).features;
    },
    staleTime: Infinity,
  });
}

type LocatedRegion = RegionSummary & { location: { lat: number; lon: number } };

const lonLat = (region: LocatedRegion): LonLat => [region.location.lon, region.location.lat];

/** Sub-regions (Chengdu in Sichuan) are drawn but not labelled: their province's label is next to them. */
const isLabelled = (region: RegionSummary, ids: ReadonlySet<string>) => region.parentId === null || !ids.has(region.parentId);

export function PartnerMap({ regions, twinnings }: { regions: readonly RegionSummary[]; twinnings: readonly Twinning[] }) {
  const { t } = useTranslation();
  const pick = usePickText();
  const navigate = useNavigate();
  const world = useWorldCountries();

  const located = useMemo(() => regions.filter((r): r is LocatedRegion => r.location !== null), [regions]);
  const projection = useMemo(() => fitProjection(located.map(lonLat), size), [located]);
  const countryPaths = useMemo(
    () =>
      (world.data ?? [])
        .map((country: Feature) => ({ id: String(country.id), d: pathFor(projection, country) }))
        // Countries entirely outside the frame are clipped to nothing.
        .filter((country) => country.d !== ''),
    [world.data, projection],
  );
  const byId = new Map(located.map((region) => [region.id, region]));
  const ids = new Set(regions.map((region) => region.id));
  const points = located.map((region) => {
    const [x, y] = projection(lonLat(region)) ?? [0, 0];
    return { region, x, y };
  });
  const pointsById = new Map(points.map((point) => [point.region.id, { ...point.region, x: point.x, y: point.y }]));
  const labels = placeLabels(
    points.filter((p) => isLabelled(p.region, ids)).map((p) => ({ id: p.region.id, x: p.x, y: p.y, text: pick(p.region.name) })),
    fontSize,
    pointRadius,
  );
  const links = twinnings.flatMap((twinning) => {
    const home = byId.get(twinning.homeRegionId);
    const partner = byId.get(twinning.partnerRegionId);
    if (!home || !partner) return [];
    return [{ id: twinning.id, d: pathFor(projection, { type: 'LineString', coordinates: [lonLat(home), lonLat(partner)] }) }];
  });

  // SVG links are for pointer users; keyboard users get the same regions as the list below the map.
  const openRegion = (event: MouseEvent, id: string) => {
    event.preventDefault();
    void navigate(`/regions/${encodeURIComponent(id)}`);
  };

  return (
    <figure className="partner-map">
      <svg
        viewBox={`0 0 ${size.width} ${size.height}`}
        // On narrow screens CSS makes the box taller than the picture: keep China (the right-hand side) in view.
        preserveAspectRatio="xMaxYMid slice"
        role="group"
        aria-labelledby="map-title map-desc"
        data-testid="partner-map"
      >
        <title id="map-title">{t('map.title')}</title>
        <desc id="map-desc">{t('map.description')}</desc>
        <rect className="map-sea" width={size.width} height={size.height} />
        <g className="map-countries">
          {countryPaths.map((country) => (
            // All countries look alike on purpose: shading "China" would make the map take a position on disputed borders.
            <path key={country.id} d={country.d} className="country" />
          ))}
        </g>
        <g className="map-twinnings">
          {links.map((link) => (
            <path key={link.id} d={link.d} className="twinning-line" />
          ))}
        </g>
        <g className="map-points">
          {points.map(({ region, x, y }) => (
            <a key={region.id} href={`/regions/${region.id}`} tabIndex={-1} onClick={(event) => openRegion(event, region.id)}>
              <circle cx={x} cy={y} r={isLabelled(region, ids) ? pointRadius : pointRadius - 2} className={`region-point region-${region.side}`}>
                <title>{pick(region.name)}</title>
              </circle>
            </a>
          ))}
        </g>
        <g className="map-labels" fontSize={fontSize}>
          {labels.map((label) => {
            const region = pointsById.get(label.id);
            return (
              region && (
                <g key={label.id}>
                  {label.leader && <line x1={region.x} y1={region.y} x2={label.leader.x} y2={label.leader.y} className="label-leader" />}
                  <text x={label.x} y={label.y} textAnchor={label.anchor} className={`region-label region-${region.side}`}>
                    {pick(region.name)}
                  </text>
                </g>
              )
            );
          })}
        </g>
      </svg>
      <figcaption>
        <ul className="map-legend">
          <li>
            <span className="legend-swatch legend-partner" aria-hidden="true" /> {t('map.legendPartner')}
          </li>
          <li>
            <span className="legend-swatch legend-home" aria-hidden="true" /> {t('map.legendHome')}
          </li>
          <li>
            <span className="legend-swatch legend-twinning" aria-hidden="true" /> {t('map.legendTwinning')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
