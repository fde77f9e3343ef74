import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Input, Row, Typography, Upload, type FormInstance } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ParsedDocument } from '../../../contract/documents.js';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useT } from '../../i18n/useT.js';
import { useSession } from '../session/useSession.js';
import { correctedFields, ParsedFieldsForm, valuesFromParsed, type ParsedFieldsValues } from './ParsedFieldsForm.js';
import { useCreateDocument, useParseDocument } from './useDocuments.js';
import { FILE_TYPES } from './format.js';

/** Nhập văn bản: paste or upload a document, let the parser read it, correct, register it as incoming. */
export function DocumentImportPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();
  const { user } = useSession();
  const [text, setText] = useState('');
  const [docxFile, setDocxFile] = useState<File | null>(null);
  const [parsed, setParsed] = useState<ParsedDocument | null>(null);
  // Each analysis starts a fresh form (new key): the parsed values become its initial values.
  const [round, setRound] = useState(0);
  const [corrected, setCorrected] = useState<Set<string>>(new Set());
  const parse = useParseDocument();
  const create = useCreateDocument();

  const analyse = () => {
    const input = docxFile ? { file: docxFile, contentType: FILE_TYPES.docx! } : { text };
    parse.mutate(input, {
      onSuccess: (result) => {
        setParsed(result);
        setCorrected(new Set());
        setRound((r) => r + 1);
      },
      onError: (error) => showError(error),
    });
  };

  const save = (values: ParsedFieldsValues, form: FormInstance<ParsedFieldsValues>) => {
    if (!parsed || !values.ownerUnitId) return;
    const { deadlines, ...fields } = correctedFields(values);
    create.mutate(
      { direction: 'incoming', ownerUnitId: values.ownerUnitId, parsed: { ...parsed, deadlines }, ...fields },
      {
        onSuccess: (doc) => {
          void message.success(t('document.registered'));
          void navigate(PATHS.document(doc.id));
        },
        onError: (error) => showError(error, form),
      },
    );
  };

  // A DOCX is read by the server: show what it read, paragraph by paragraph.
  const sourceText = docxFile && parsed ? parsed.body.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).filter(Boolean).join('\n\n') : text;

  const input = (
    <Card size="small" title={parsed ? t('document.sourceText') : undefined}>
      <Flex vertical gap={8}>
        <label htmlFor="document-text">
          <Typography.Text strong>{t('document.importText')}</Typography.Text>
        </label>
        <Input.TextArea
          id="document-text"
          aria-label={t('document.importText')}
          value={sourceText}
          onChange={(e) => {
            setDocxFile(null);
            setText(e.target.value);
          }}
          autoSize={{ minRows: parsed ? 30 : 16, maxRows: parsed ? 60 : 30 }}
          placeholder={t('document.importTextHint')}
          spellCheck={false}
          style={{ fontFamily: 'inherit' }}
        />
        <Flex gap={8} wrap align="center">
          <Upload
            accept=".txt,.docx"
            maxCount={1}
            showUploadList={false}
            beforeUpload={async (file) => {
              const ext = file.name.split('.').pop()?.toLowerCase();
              if (ext === 'txt') {
                setDocxFile(null);
                setText(await file.text());
              } else if (ext === 'docx') {
                setDocxFile(file);
                setText('');
              } else {
                void message.error(t('document.importBadFile'));
              }
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('document.importFile')}</Button>
          </Upload>
          {docxFile && <Typography.Text type="secondary">{docxFile.name}</Typography.Text>}
          <Button type="primary" onClick={analyse} loading={parse.isPending} disabled={!docxFile && !text.trim()}>
            {parsed ? t('document.analyseAgain') : t('document.analyse')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );

  return (
    <>
      <PageHeader title={t('document.import')} breadcrumb={<Link to={PATHS.documents}>{t('nav.documents')}</Link>} />
      {!parsed ? (
        input
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            {input}
          </Col>
          <Col xs={24} xl={14}>
            <Card size="small" title={t('document.parsedFields')}>
              <ParsedFieldsForm
                key={round}
                initialValues={valuesFromParsed(parsed, user.scopeUnitId)}
                problems={parsed.problems}
                corrected={corrected}
                onCorrect={(fields) => setCorrected((prev) => new Set([...prev, ...fields]))}
                onFinish={save}
                scopeUnit={{ id: user.scopeUnitId, name: user.scopeUnitName }}
                footer={
                  <Button type="primary" htmlType="submit" loading={create.isPending}>
                    {t('document.saveRegister')}
                  </Button>
                }
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
