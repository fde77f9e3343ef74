import { theme } from 'antd';
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useT } from '../../i18n/useT.js';
import { moveField, previewBox, type CertificateField, type FieldPosition, type PageSize } from './certificate-layout.js';

interface Props {
  page: PageSize;
  fields: FieldPosition[];
  selected: CertificateField | null;
  onSelect: (field: CertificateField) => void;
  onMove: (field: FieldPosition) => void;
}

/** The width the preview takes: that of its container, so the page fits whatever the screen. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The blank drawn to scale with sample text at each field's position, updated as the numbers
 * change; a field can be dragged to where the blank's printed line is.
 */
export function CertificatePreview({ page, fields, selected, onSelect, onMove }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const [ref, width] = useWidth();
  const pxPerMm = width > 0 ? width / page.pageWidthMm : 0;
  const drag = useRef<{ field: FieldPosition; x: number; y: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>, f: FieldPosition) => {
    onSelect(f.field);
    drag.current = { field: f, x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || pxPerMm === 0) return;
    onMove(moveField(d.field, (e.clientX - d.x) / pxPerMm, (e.clientY - d.y) / pxPerMm, page));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <div ref={ref} style={{ width: '100%' }}>
      <div
        role="img"
        aria-label={t('certificate.previewLabel', { w: page.pageWidthMm, h: page.pageHeightMm })}
        style={{
          position: 'relative',
          width: '100%',
          aspectRatio: `${page.pageWidthMm} / ${page.pageHeightMm}`,
          background: '#fffdf5',
          border: `1px solid ${token.colorBorder}`,
          boxShadow: token.boxShadowTertiary,
          overflow: 'hidden',
          fontFamily: '"Times New Roman", "Liberation Serif", serif',
          touchAction: 'none',
          userSelect: 'none',
        }}
      >
        {pxPerMm > 0 &&
          fields.map((f) => {
            const box = previewBox(f, pxPerMm);
            const isSelected = f.field === selected;
            return (
              <div
                key={f.field}
                title={t(`certificate.field.${f.field}`)}
                onPointerDown={(e) => onPointerDown(e, f)}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={onPointerUp}
                style={{
                  position: 'absolute',
                  left: box.left,
                  top: box.top,
                  width: box.width,
                  fontSize: box.fontSizePx,
                  lineHeight: 1,
                  fontWeight: f.bold ? 700 : 400,
                  textAlign: f.align,
                  color: '#1f1f1f',
                  cursor: 'move',
                  outline: `1px ${isSelected ? 'solid' : 'dashed'} ${isSelected ? token.colorPrimary : token.colorBorderSecondary}`,
                  background: isSelected ? 'rgba(22, 119, 255, 0.06)' : undefined,
                  whiteSpace: 'normal',
                }}
              >
                {t(`certificate.sample.${f.field}`)}
              </div>
            );
          })}
      </div>
    </div>
  );
}
