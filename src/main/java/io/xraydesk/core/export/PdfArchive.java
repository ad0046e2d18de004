package io.xraydesk.core.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.type.TypeMapping;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a PDF archivable as PDF/A-2b (ISO 19005-2, level B), beyond embedding its fonts ({@link
 * PdfFonts#embedded}): the XMP metadata that says so, matching the document information, and an sRGB
 * output intent for the device colours the pages are drawn in. The ICC profile is the JDK's own sRGB
 * profile: nothing is fetched from elsewhere and nothing outside the file is referred to.
 */
final class PdfArchive {

    private static final String PRODUCER = "X-Ray Desk";
    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    private static final String PDFUA_PREFIX = "pdfuaid";
    private static final String SCHEMA_NAMESPACE = "http://www.aiim.org/pdfa/ns/schema#";
    private static final String PROPERTY_NAMESPACE = "http://www.aiim.org/pdfa/ns/property#";

    private PdfArchive() {
    }

    /** Describes the document in its information dictionary and its XMP metadata, and adds the output intent. */
    static void make(PDDocument document, String title, String author, Instant created, Locale language)
            throws IOException {
        Calendar when = GregorianCalendar.from(created.atZone(ZoneOffset.UTC));
        when.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
        document.getDocumentCatalog().setMetadata(metadata(document, title, author, when));
        document.getDocumentCatalog().addOutputIntent(outputIntent(document));
    }

    private static PDMetadata metadata(PDDocument document, String title, String author, Calendar when)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException impossible) {
            throw new IllegalStateException("PDF/A-2b is a valid identification", impossible);
        }
        declareAccessible(xmp);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("XMP metadata not writable", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        return metadata;
    }

    /**
     * Says the file follows PDF/UA-1 (ISO 14289-1, tagged for screen readers: {@link PdfTags}). Its
     * identification schema is not one PDF/A knows, so PDF/A requires it to be described in the file by
     * a PDF/A extension schema.
     */
    private static void declareAccessible(XMPMetadata xmp) {
        TypeMapping types = xmp.getTypeMapping();
        XMPSchema ua = new XMPSchema(xmp, PDFUA_NAMESPACE, PDFUA_PREFIX);
        ua.addProperty(types.createInteger(PDFUA_NAMESPACE, PDFUA_PREFIX, "part", 1));
        xmp.addSchema(ua);

        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace(SCHEMA_NAMESPACE, "pdfaSchema");
        extension.addNamespace(PROPERTY_NAMESPACE, "pdfaProperty");
        PDFAPropertyType part = new PDFAPropertyType(xmp);
        part.addProperty(types.createText(PROPERTY_NAMESPACE, "pdfaProperty", "name", "part"));
        part.addProperty(types.createText(PROPERTY_NAMESPACE, "pdfaProperty", "valueType", "Integer"));
        part.addProperty(types.createText(PROPERTY_NAMESPACE, "pdfaProperty", "category", "internal"));
        part.addProperty(types.createText(PROPERTY_NAMESPACE, "pdfaProperty", "description",
                "Indicates which part of ISO 14289 standard is followed"));
        ArrayProperty properties = types.createArrayProperty(SCHEMA_NAMESPACE, "pdfaSchema", "property",
                Cardinality.Seq);
        properties.addProperty(part);
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(types.createText(SCHEMA_NAMESPACE, "pdfaSchema", "schema", "PDF/UA identification schema"));
        schema.addProperty(types.createText(SCHEMA_NAMESPACE, "pdfaSchema", "namespaceURI", PDFUA_NAMESPACE));
        schema.addProperty(types.createText(SCHEMA_NAMESPACE, "pdfaSchema", "prefix", PDFUA_PREFIX));
        schema.addProperty(properties);
        ArrayProperty schemas = types.createArrayProperty(extension.getNamespace(), extension.getPrefix(), "schemas",
                Cardinality.Bag);
        schemas.addProperty(schema);
        extension.addProperty(schemas);
    }

    private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}
